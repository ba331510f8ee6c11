import { BeforeApplicationShutdown, Injectable, Logger, type MessageEvent } from '@nestjs/common';
import { INTERVIEW_CLOCK_EVENT } from '@tryout/contracts';
import { CandidateSessionService, InterviewEventsService } from '@tryout/server-interviews';
import type { AuthPrincipal } from '@tryout/server-users';
import { Observable } from 'rxjs';

/** Re-sent this often even without a change: keeps proxies awake and corrects a drifting browser clock. */
const TICK_MS = 5_000;

/** The candidate's clock as SSE: now, on every change of the session (Redis pub/sub), and every tick. */
@Injectable()
export class InterviewClockRelay implements BeforeApplicationShutdown {
  private readonly logger = new Logger(InterviewClockRelay.name);
  private readonly open = new Set<() => void>();

  constructor(
    private readonly candidate: CandidateSessionService,
    private readonly events: InterviewEventsService,
  ) {}

  stream(principal: AuthPrincipal): Observable<MessageEvent> {
    const sessionId = principal.session!.id;
    return new Observable<MessageEvent>((subscriber) => {
      let closed = false;
      let unsubscribe: (() => Promise<void>) | undefined;
      const finish = () => {
        if (closed) return;
        closed = true;
        subscriber.complete();
      };
      const send = () => {
        this.candidate.clockOf(principal).then(
          (clock) => {
            if (closed) return;
            subscriber.next({ type: INTERVIEW_CLOCK_EVENT, data: clock });
            if (clock.status === 'ended' || clock.status === 'cancelled') finish();
          },
          // Revoked link or gone session: the stream just ends; the page's next request says why.
          () => finish(),
        );
      };
      const tick = setInterval(send, TICK_MS);
      this.open.add(finish);
      this.events
        .subscribe(sessionId, send)
        .then((off) => {
          unsubscribe = off;
          if (closed) return off();
          send();
        })
        .catch((err: unknown) => {
          this.logger.warn(`clock of ${sessionId}: ${(err as Error).message}`);
          subscriber.error(err);
        });
      return () => {
        closed = true;
        clearInterval(tick);
        this.open.delete(finish);
        unsubscribe?.().catch(() => undefined);
      };
    });
  }

  beforeApplicationShutdown(): void {
    for (const finish of [...this.open]) finish();
  }
}
