import type { SubmissionDto, SubmissionEvent, SubmissionSummaryDto, TestResultDto } from '@tryout/contracts';
import { coarse, coarseMemory, roundUp125, roundUpMemoryKb } from './coarse-metric.util';
import type { SubmissionTestResultEntity } from './submission-test-result.entity';
import type { SubmissionEntity } from './submission.entity';

/** Visible output kept per test; more is cut (the candidate sees the start, which is what matters). */
export const MAX_STORED_TEXT = 64 * 1024;

export function clip(text: string | null | undefined, max = MAX_STORED_TEXT): string | null {
  if (text === undefined || text === null) return null;
  return text.length > max ? `${text.slice(0, max)}\n… (${text.length - max} more characters)` : text;
}

/**
 * The one numbering of hidden tests: samples come first in a version's tests, so the k-th hidden
 * test has index `sampleCount + k - 1`, whichever of them ran or in what order results arrived.
 */
export function hiddenTestName(index: number, sampleCount: number): string {
  return `Hidden test ${index - sampleCount + 1}`;
}

/**
 * A test as a client may see it. A hidden test never shows data; to a candidate it shows only its
 * verdict (per-test time, memory, exit code or signal would let a program encode the input it
 * read); admins (`exact`) also get those figures.
 */
export function viewTest(test: TestResultDto, exact: boolean): TestResultDto {
  if (!test.hidden) return test;
  const base: TestResultDto = { index: test.index, name: test.name, hidden: true, verdict: test.verdict };
  if (!exact) return base;
  return {
    ...base,
    ...(test.cpuMs !== undefined ? { cpuMs: test.cpuMs } : {}),
    ...(test.wallMs !== undefined ? { wallMs: test.wallMs } : {}),
    ...(test.memoryKb !== undefined ? { memoryKb: test.memoryKb } : {}),
    ...(test.exitCode !== undefined ? { exitCode: test.exitCode } : {}),
    ...(test.signal !== undefined ? { signal: test.signal } : {}),
  };
}

/**
 * An event as a client may see it, or undefined when it must not see it. Candidates never see
 * progress through hidden tests: when each one finishes is its run time, and a program can encode
 * its input in that. Their verdicts arrive with the submission's verdict (the GET after it); a
 * snapshot taken mid-run counts only visible tests for them (SubmissionsService.currentEvent).
 * Admins (`exact`) see every event with exact figures.
 */
export function viewEvent(event: SubmissionEvent, exact: boolean): SubmissionEvent | undefined {
  switch (event.type) {
    case 'status':
      return event;
    case 'running':
      return !exact && event.test?.hidden ? undefined : event;
    case 'verdict':
      return exact ? event : { ...event, cpuMs: roundUp125(event.cpuMs), memoryKb: roundUpMemoryKb(event.memoryKb) };
  }
}

/** Everything stored about a test (hidden tests have no data stored); callers pass it through viewTest. */
export function resultToDto(row: SubmissionTestResultEntity, sampleCount: number): TestResultDto {
  const dto: TestResultDto = {
    index: row.index,
    name: row.hidden ? hiddenTestName(row.index, sampleCount) : row.name,
    hidden: row.hidden,
    verdict: row.verdict,
    cpuMs: row.cpuMs,
    wallMs: row.wallMs,
    memoryKb: row.memoryKb,
  };
  if (!row.hidden) {
    if (row.input !== null) dto.input = row.input;
    if (row.expected !== null) dto.expected = row.expected;
    if (row.actual !== null) dto.actual = row.actual;
    if (row.stdout !== null) dto.stdout = row.stdout;
    if (row.stderr !== null) dto.stderr = row.stderr;
    if (row.message !== null) dto.message = row.message;
    if (row.sqlDiff) dto.sqlDiff = row.sqlDiff;
  }
  dto.exitCode = row.exitCode;
  dto.signal = row.signal;
  return dto;
}

/** `exact`: the reader is an admin (exact figures); candidates get them rounded up to a 1-2-5 step. */
export function summaryDto(
  s: SubmissionEntity,
  problem: { slug: string; title: string },
  exact: boolean,
): SubmissionSummaryDto {
  return {
    id: s.id,
    problemSlug: problem.slug,
    problemTitle: problem.title,
    language: s.language,
    mode: s.mode,
    status: s.status,
    verdict: s.verdict,
    cpuMs: exact ? s.cpuMs : coarse(s.cpuMs),
    memoryKb: exact ? s.memoryKb : coarseMemory(s.memoryKb),
    // While a submit runs, its progress would time the hidden tests (see viewEvent): a list shows
    // no count to a candidate then, the detail (submissionDto) the visible tests done.
    testsDone: exact || s.status === 'finished' || s.mode === 'run' ? s.testsDone : 0,
    testsTotal: s.testsTotal,
    createdAt: s.createdAt.toISOString(),
    finishedAt: s.finishedAt ? s.finishedAt.toISOString() : null,
  };
}

export function submissionDto(
  s: SubmissionEntity,
  problem: { slug: string; title: string },
  results: SubmissionTestResultEntity[],
  view: { exact: boolean; sampleCount: number },
): SubmissionDto {
  // Hidden results of a running submission are withheld from candidates until its verdict (viewEvent).
  const withheld = !view.exact && s.status !== 'finished';
  const tests = [...results]
    .filter((r) => !(withheld && r.hidden))
    .sort((a, b) => a.index - b.index)
    .map((r) => viewTest(resultToDto(r, view.sampleCount), view.exact));
  return {
    ...summaryDto(s, problem, view.exact),
    ...(withheld ? { testsDone: tests.length } : {}),
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
