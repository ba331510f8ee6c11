import type { TestResultDto } from '../events';
import type { LanguageId } from '../language';
import type { SubmissionMode, SubmissionStatus, Verdict } from '../verdict';

/** Custom input for a run (all cases together) is capped like the source. */
export const CUSTOM_INPUT_MAX_BYTES = 64 * 1024;

/**
 * POST /api/submissions → 202 CreateSubmissionResponse.
 * mode `run`: the samples, or only the custom cases when given (their output is shown, no expected
 * answer). mode `submit`: every test. Errors: 400 `source_empty`, 413/400 `source_too_large`,
 * 400 `custom_input_invalid` (a case does not fit the signature; the message names the shape),
 * 413 `custom_input_too_large`, 400 `language_not_allowed`, 404 `problem_not_found`,
 * 429 `rate_limited` / `too_many_queued` (with Retry-After).
 */
export interface CreateSubmissionRequest {
  problem: string;
  language: LanguageId;
  mode: SubmissionMode;
  source: string;
  /** 1..CUSTOM_CASES_MAX custom cases for a run, each in the problem's input format. */
  customInputs?: string[];
  /** One custom case: the same as `customInputs: [customInput]` (kept for older clients). */
  customInput?: string;
}

export interface CreateSubmissionResponse {
  id: string;
}

/** A list row: no source, no tests. */
export interface SubmissionSummaryDto {
  id: string;
  problemSlug: string;
  problemTitle: string;
  language: LanguageId;
  mode: SubmissionMode;
  status: SubmissionStatus;
  verdict: Verdict | null;
  /** Max over tests, rounded up to a 1-2-5 step (1, 2, 5, 10, 20 …) for candidates; exact for admins. */
  cpuMs: number | null;
  memoryKb: number | null;
  /** Tests done / total while running. */
  testsDone: number;
  testsTotal: number;
  createdAt: string;
  finishedAt: string | null;
}

/** GET /api/submissions/:id (own only; admins any). Hidden tests carry their verdict only (admins: figures too). */
export interface SubmissionDto extends SubmissionSummaryDto {
  source: string;
  /** The custom cases a run used, in order; null when it ran the samples (or was a submit). */
  customInputs: string[] | null;
  compileOutput: string | null;
  tests: TestResultDto[];
}

/** GET /api/submissions?problem=<slug>&limit=<1..100, default 50> → newest first, own only. */
export interface SubmissionListQuery {
  problem?: string;
  limit?: number;
}

export interface SubmissionListResponse {
  items: SubmissionSummaryDto[];
}

/**
 * GET /api/submissions/:id/events — Server-Sent Events, each `data:` line is one JSON
 * SubmissionEvent (see ../events.ts) and the SSE `event:` field equals its `type`. The first event
 * is the current state (status / running k/n / verdict); the stream ends after `verdict`.
 * It needs the Authorization header, so browsers read it with fetch() + a parser
 * (eventsource-parser), not EventSource.
 */
export const SUBMISSION_EVENTS_CONTENT_TYPE = 'text/event-stream';

/**
 * GET /api/submissions/:id/runtime-distribution (owner, admin): where an accepted submit's runtime
 * stands among every accepted submit of the same problem and language (CPU time, max over tests).
 * 404 `submission_not_found` for others' submissions; 400 `validation_failed` unless it is an
 * accepted submit.
 */
export interface RuntimeDistributionDto {
  language: LanguageId;
  /** Accepted submits counted (this one included). */
  total: number;
  /** This submission's runtime (a 1-2-5 step when `rounded`). */
  cpuMs: number;
  /**
   * Mid-rank percentile, 0..100: the others that were slower count whole, the others with the same
   * figure count half (100 when it is the only one).
   */
  beatsPercent: number;
  /**
   * True for candidates: every figure is rounded up to a 1-2-5 step and `buckets` has one bucket per
   * step present, (fromMs, toMs] = (the step below, the step). False for admins: exact figures in
   * equal-width ranges [fromMs, toMs) from the fastest to the slowest, empty ranges included.
   */
  rounded: boolean;
  /** In order, fastest first. */
  buckets: RuntimeBucketDto[];
}

export interface RuntimeBucketDto {
  fromMs: number;
  toMs: number;
  count: number;
}
