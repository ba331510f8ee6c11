import { BeforeApplicationShutdown, Injectable, Logger, type MessageEvent } from '@nestjs/common';
import type { SubmissionEvent } from '@tryout/contracts';
import { SubmissionEventsService } from '@tryout/server-queue';
import { SubmissionsService, eventRank } from '@tryout/server-submissions';
import { Observable } from 'rxjs';

/** Keep-alive comment interval: proxies drop silent connections. */
const HEARTBEAT_MS = 15_000;

/**
 * Turns a submission's Redis channel into an SSE stream: subscribe first, then read the current
 * state from the database and send it, then relay only events that move forward, ending after the
 * verdict. Subscribing before reading means nothing published in between is lost.
 */
@Injectable()
export class SubmissionEventsRelay implements BeforeApplicationShutdown {
  private readonly logger = new Logger(SubmissionEventsRelay.name);
  private readonly open = new Set<() => void>();

  constructor(
    private readonly events: SubmissionEventsService,
    private readonly submissions: SubmissionsService,
  ) {}

  stream(submissionId: string): Observable<MessageEvent> {
    return new Observable<MessageEvent>((subscriber) => {
      let lastRank = -1;
      let snapshotSent = false;
      const buffered: SubmissionEvent[] = [];
      let unsubscribe: (() => Promise<void>) | undefined;
      let closed = false;

      const emit = (event: SubmissionEvent) => {
        const rank = eventRank(event);
        if (rank <= lastRank || closed) return;
        lastRank = rank;
        subscriber.next({ type: event.type, data: event });
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
          const current = await this.submissions.currentEvent(submissionId);
          emit(current);
          snapshotSent = true;
          for (const event of buffered) emit(event);
        })
        .catch((err: unknown) => {
          this.logger.warn({ submissionId, err }, 'submission events failed');
          subscriber.error(err);
        });

      return () => {
        closed = true;
        clearInterval(heartbeat);
        this.open.delete(finish);
        unsubscribe?.().catch(() => undefined);
      };
    });
  }

  /** Ends every stream before the HTTP server closes, which would otherwise wait for them (graceful shutdown). */
  beforeApplicationShutdown(): void {
    for (const finish of [...this.open]) finish();
  }
}
