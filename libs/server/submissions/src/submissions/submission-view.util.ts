import type { SubmissionDto, SubmissionEvent, SubmissionSummaryDto, TestResultDto } from '@tryout/contracts';
import type { SubmissionTestResultEntity } from './submission-test-result.entity';
import type { SubmissionEntity } from './submission.entity';

/** Visible output kept per test; more is cut (the candidate sees the start, which is what matters). */
export const MAX_STORED_TEXT = 64 * 1024;

export function clip(text: string | null | undefined, max = MAX_STORED_TEXT): string | null {
  if (text === undefined || text === null) return null;
  return text.length > max ? `${text.slice(0, max)}\n… (${text.length - max} more characters)` : text;
}

/** A hidden test as anyone but the server sees it: verdict and resources, never data or its real name. */
export function redactHidden(test: TestResultDto, ordinal: number): TestResultDto {
  return {
    index: test.index,
    name: `Hidden test ${ordinal}`,
    hidden: true,
    verdict: test.verdict,
    cpuMs: test.cpuMs,
    wallMs: test.wallMs,
    memoryKb: test.memoryKb,
  };
}

export function resultToDto(row: SubmissionTestResultEntity): TestResultDto {
  const dto: TestResultDto = {
    index: row.index,
    name: row.name,
    hidden: row.hidden,
    verdict: row.verdict,
    cpuMs: row.cpuMs,
    wallMs: row.wallMs,
    memoryKb: row.memoryKb,
  };
  if (row.hidden) return dto;
  if (row.input !== null) dto.input = row.input;
  if (row.expected !== null) dto.expected = row.expected;
  if (row.actual !== null) dto.actual = row.actual;
  if (row.stdout !== null) dto.stdout = row.stdout;
  if (row.stderr !== null) dto.stderr = row.stderr;
  if (row.message !== null) dto.message = row.message;
  dto.exitCode = row.exitCode;
  dto.signal = row.signal;
  return dto;
}

export function summaryDto(s: SubmissionEntity, problem: { slug: string; title: string }): SubmissionSummaryDto {
  return {
    id: s.id,
    problemSlug: problem.slug,
    problemTitle: problem.title,
    language: s.language,
    mode: s.mode,
    status: s.status,
    verdict: s.verdict,
    cpuMs: s.cpuMs,
    memoryKb: s.memoryKb,
    testsDone: s.testsDone,
    testsTotal: s.testsTotal,
    createdAt: s.createdAt.toISOString(),
    finishedAt: s.finishedAt ? s.finishedAt.toISOString() : null,
  };
}

export function submissionDto(
  s: SubmissionEntity,
  problem: { slug: string; title: string },
  results: SubmissionTestResultEntity[],
): SubmissionDto {
  let hiddenOrdinal = 0;
  const tests = [...results]
    .sort((a, b) => a.index - b.index)
    .map((r) => (r.hidden ? redactHidden(resultToDto(r), ++hiddenOrdinal) : resultToDto(r)));
  return {
    ...summaryDto(s, problem),
    source: s.source,
    customInputs: s.customInputs,
    compileOutput: s.compileOutput,
    tests,
  };
}

/** The event that describes a submission's current state: what a late SSE subscriber gets first. */
export function snapshotEvent(
  s: Pick<
    SubmissionEntity,
    'id' | 'status' | 'verdict' | 'cpuMs' | 'memoryKb' | 'compileOutput' | 'testsDone' | 'testsTotal'
  >,
): SubmissionEvent {
  switch (s.status) {
    case 'queued':
    case 'compiling':
      return { type: 'status', submissionId: s.id, status: s.status };
    case 'running':
      return { type: 'running', submissionId: s.id, done: s.testsDone, total: s.testsTotal };
    case 'finished':
      return {
        type: 'verdict',
        submissionId: s.id,
        status: 'finished',
        verdict: s.verdict ?? 'internal_error',
        cpuMs: s.cpuMs ?? 0,
        memoryKb: s.memoryKb ?? 0,
        ...(s.compileOutput ? { compileOutput: s.compileOutput } : {}),
      };
  }
}

/**
 * Position of an event in a submission's life: queued < compiling < running 0..n < verdict.
 * SSE relays only events that move forward, so a snapshot and a racing publish never go backwards.
 */
export function eventRank(e: SubmissionEvent): number {
  switch (e.type) {
    case 'status':
      return e.status === 'queued' ? 0 : 1;
    case 'running':
      return 2 + e.done;
    case 'verdict':
      return Number.MAX_SAFE_INTEGER;
  }
}
