import type { InterviewSessionEntity } from '../sessions/interview-session.entity';

type Timed = Pick<InterviewSessionEntity, 'startedAt' | 'deadlineAt' | 'endedAt' | 'cancelledAt'>;

/**
 * The session time at `now`: ms since the candidate pressed Start; null before Start. After the
 * session is over (ended, past its deadline or cancelled) it stays at the end, the playback's last
 * moment, so a note written while reviewing points at the end rather than past it.
 */
export function sessionTimeMs(s: Timed, now: Date): number | null {
  if (!s.startedAt) return null;
  const ends = [s.endedAt, s.cancelledAt, s.deadlineAt].filter((d): d is Date => !!d).map((d) => d.getTime());
  const at = Math.min(now.getTime(), ...ends);
  return Math.max(0, at - s.startedAt.getTime());
}
