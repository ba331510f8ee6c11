import type { InterviewClockDto, InterviewStatus, InterviewSubmissionDto, LanguageId } from '@tryout/contracts';
import { createHash, randomBytes } from 'node:crypto';
import { InterviewException } from '../interview.exception';
import type { InterviewSessionEntity } from './interview-session.entity';

type ClockFields = Pick<
  InterviewSessionEntity,
  'cancelledAt' | 'endedAt' | 'startedAt' | 'deadlineAt' | 'durationMinutes' | 'extensionMinutes'
>;

/** The one rule for a session's state at `now`: a passed deadline ends it even before finalisation ran. */
export function sessionStatus(s: ClockFields, now: Date): InterviewStatus {
  if (s.cancelledAt) return 'cancelled';
  if (s.endedAt) return 'ended';
  // A fixed start stores startedAt ahead of time: until then the session waits like any other.
  if (!s.startedAt || !s.deadlineAt || now.getTime() < s.startedAt.getTime()) return 'scheduled';
  return now.getTime() >= s.deadlineAt.getTime() ? 'ended' : 'live';
}

/** The session's state at `now`, refusing work on a cancelled or ended session with its code. */
export function assertSessionOpen(s: ClockFields, now: Date): InterviewStatus {
  const status = sessionStatus(s, now);
  if (status === 'cancelled') throw new InterviewException('session_cancelled', 'this interview was cancelled');
  if (status === 'ended') throw new InterviewException('session_over', 'this interview is over');
  return status;
}

export function clockDto(s: ClockFields, now: Date): InterviewClockDto {
  return {
    status: sessionStatus(s, now),
    serverTime: now.toISOString(),
    startedAt: s.startedAt?.toISOString() ?? null,
    deadlineAt: s.deadlineAt?.toISOString() ?? null,
    endedAt: s.endedAt?.toISOString() ?? null,
    totalMinutes: totalMinutes(s),
  };
}

/** Planned minutes before Start; afterwards what the stored deadline gives (a shortening past now is clamped there). */
export function totalMinutes(
  s: Pick<InterviewSessionEntity, 'startedAt' | 'deadlineAt' | 'durationMinutes' | 'extensionMinutes'>,
): number {
  if (s.startedAt && s.deadlineAt) return Math.round((s.deadlineAt.getTime() - s.startedAt.getTime()) / 60_000);
  return s.durationMinutes + s.extensionMinutes;
}

/** 256 random bits, URL-safe: invite and share links. */
export function newLinkToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only the hash is stored, so a database leak opens no session. */
export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface SubmissionRow {
  id: string;
  problem_id: string;
  language: LanguageId;
  mode: 'run' | 'submit';
  status: InterviewSubmissionDto['status'];
  verdict: InterviewSubmissionDto['verdict'];
  tests_done: number;
  tests_total: number;
  automatic: boolean;
  created_at: Date;
}

export function interviewSubmissionDto(
  row: SubmissionRow,
  problems: Map<string, { position: number; slug: string }>,
): InterviewSubmissionDto {
  const p = problems.get(row.problem_id);
  return {
    id: row.id,
    position: p?.position ?? 0,
    problemSlug: p?.slug ?? '',
    language: row.language,
    mode: row.mode,
    status: row.status,
    verdict: row.verdict,
    testsDone: row.tests_done,
    testsTotal: row.tests_total,
    automatic: row.automatic,
    createdAt: row.created_at.toISOString(),
  };
}

/**
 * Seconds spent per problem, from activity timestamps: each submission or autosave is charged to
 * its problem from the previous activity (or Start). A fair approximation, not a stopwatch.
 */
export function timeSpentPerProblem(
  startedAt: Date | null,
  activities: { position: number; at: Date }[],
  endAt: Date | null,
): Map<number, number> {
  const spent = new Map<number, number>();
  if (!startedAt) return spent;
  const sorted = [...activities].filter((a) => !endAt || a.at <= endAt).sort((a, b) => a.at.getTime() - b.at.getTime());
  let previous = startedAt;
  for (const a of sorted) {
    const seconds = Math.max(0, Math.round((a.at.getTime() - previous.getTime()) / 1000));
    spent.set(a.position, (spent.get(a.position) ?? 0) + seconds);
    previous = a.at;
  }
  return spent;
}
