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
 * Seconds spent per problem, from the candidate's activity (live-editor updates, runs, submits):
 * the idle time before the first activity is charged to no problem; each gap between two
 * activities is charged to the problem of the later one (the candidate was working towards it);
 * the time from the last activity to the end goes to that activity's problem. Times are rounded to
 * whole seconds from Start before subtracting, so the problems add up exactly to the session's
 * duration (Start to end) minus the idle time before the first activity. Activity after `endAt` is
 * ignored; with no `endAt` the last activity ends it.
 */
export function timeSpentPerProblem(
  startedAt: Date | null,
  activities: { position: number; at: Date }[],
  endAt: Date | null,
): Map<number, number> {
  const spent = new Map<number, number>();
  if (!startedAt) return spent;
  const second = (d: Date) => Math.round((d.getTime() - startedAt.getTime()) / 1000);
  const sorted = activities
    .filter((a) => a.at >= startedAt && (!endAt || a.at <= endAt))
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  if (!sorted.length) return spent;
  const charge = (position: number, seconds: number) =>
    spent.set(position, (spent.get(position) ?? 0) + Math.max(0, seconds));
  let previous = second(sorted[0].at);
  for (const a of sorted) {
    const now = second(a.at);
    charge(a.position, now - previous);
    previous = now;
  }
  if (endAt) charge(sorted[sorted.length - 1].position, second(endAt) - previous);
  return spent;
}
