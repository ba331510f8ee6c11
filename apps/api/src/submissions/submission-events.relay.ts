import { BeforeApplicationShutdown, Injectable, Logger, type MessageEvent } from '@nestjs/common';
import type { SubmissionEvent } from '@tryout/contracts';
import { SubmissionEventsService } from '@tryout/server-queue';
import { SubmissionsService, eventRank, viewEvent } from '@tryout/server-submissions';
import { Observable } from 'rxjs';

/** Keep-alive comment interval: proxies drop silent connections. */
const HEARTBEAT_MS = 15_000;
/**
 * How often the rows of all open streams are re-read for a verdict (one query for all of them).
 * Pub/sub is fire-and-forget: a publish that failed in the worker, or one that fell into a
 * subscriber reconnect, is lost; the database is not. So a client learns the verdict at most this
 * long after it was written, whatever happened to the message. Progress events are not re-read:
 * a lost one is overtaken by the next.
 */
export const SUBMISSION_RECHECK_MS = 500;

type Deliver = (event: SubmissionEvent) => void;

/**
 * Turns a submission's Redis channel into an SSE stream: subscribe first (confirmed by Redis),
 * then read the current state (its live progress record while judged, else the database:
 * SubmissionsService.currentEvent) and send it, then relay only events that move
 * forward (eventRank), ending after the verdict. While a stream is open its row is also re-read
 * every SUBMISSION_RECHECK_MS, so the final state cannot be lost between snapshot and message.
 * Each event is shaped for its reader (viewEvent): candidates get coarse figures and no progress
 * through hidden tests, admins everything.
 */
@Injectable()
export class SubmissionEventsRelay implements BeforeApplicationShutdown {
  private readonly logger = new Logger(SubmissionEventsRelay.name);
  private readonly open = new Set<() => void>();
  /** Streams past their snapshot, by submission id: what the re-check delivers to. */
  private readonly watched = new Map<string, Set<Deliver>>();
  private recheckTimer?: NodeJS.Timeout;
  private rechecking = false;

  constructor(
    private readonly events: SubmissionEventsService,
    private readonly submissions: SubmissionsService,
  ) {}

  stream(submissionId: string, opts: { exact: boolean }): Observable<MessageEvent> {
    return new Observable<MessageEvent>((subscriber) => {
      let lastRank = -1;
      let snapshotSent = false;
      const buffered: SubmissionEvent[] = [];
      let unsubscribe: (() => Promise<void>) | undefined;
      let closed = false;

      const emit: Deliver = (event) => {
        const rank = eventRank(event);
        if (rank <= lastRank || closed) return;
        lastRank = rank;
        const shown = viewEvent(event, opts.exact);
        if (shown) subscriber.next({ type: event.type, data: shown });
        if (event.type === 'verdict') finish();
      };
      const finish = () => {
        if (closed) return;
        closed = true;
        subscriber.complete();
      };
      const heartbeat = setInterval(
        () => subscriber.next({ type: 'heartbeat', data: { type: 'heartbeat' } }),
        HEARTBEAT_MS,
      );
      this.open.add(finish);

      this.events
        .subscribe(submissionId, (event) => (snapshotSent ? emit(event) : buffered.push(event)))
        .then(async (off) => {
          unsubscribe = off;
          if (closed) return off();
          const current = await this.submissions.currentEvent(submissionId, opts.exact);
          emit(current);
          snapshotSent = true;
          for (const event of buffered) emit(event);
          if (!closed) this.watch(submissionId, emit);
        })
        .catch((err: unknown) => {
          this.logger.warn({ submissionId, err }, 'submission events failed');
          subscriber.error(err);
        });

      return () => {
        closed = true;
        clearInterval(heartbeat);
        this.open.delete(finish);
        this.unwatch(submissionId, emit);
        unsubscribe?.().catch(() => undefined);
      };
    });
  }

  /** Ends every stream before the HTTP server closes, which would otherwise wait for them (graceful shutdown). */
  beforeApplicationShutdown(): void {
    for (const finish of [...this.open]) finish();
    if (this.recheckTimer) clearInterval(this.recheckTimer);
    this.recheckTimer = undefined;
  }

  /** Sends the verdict of every watched row that has one (the timer's job; tests call it to force one). */
  async recheck(): Promise<void> {
    if (this.rechecking || this.watched.size === 0) return;
    this.rechecking = true;
    try {
      const current = await this.submissions.finishedEvents([...this.watched.keys()]);
      for (const event of current)
        for (const deliver of [...(this.watched.get(event.submissionId) ?? [])]) deliver(event);
    } catch (err) {
      this.logger.warn({ err }, 're-check of open event streams failed');
    } finally {
      this.rechecking = false;
    }
  }

  private watch(submissionId: string, deliver: Deliver): void {
    let set = this.watched.get(submissionId);
    if (!set) this.watched.set(submissionId, (set = new Set()));
    set.add(deliver);
    if (!this.recheckTimer) {
      this.recheckTimer = setInterval(() => void this.recheck(), SUBMISSION_RECHECK_MS);
      this.recheckTimer.unref();
    }
  }

  private unwatch(submissionId: string, deliver: Deliver): void {
    const set = this.watched.get(submissionId);
    if (!set) return;
    set.delete(deliver);
    if (set.size === 0) this.watched.delete(submissionId);
    if (this.watched.size === 0 && this.recheckTimer) {
      clearInterval(this.recheckTimer);
      this.recheckTimer = undefined;
    }
  }
}
