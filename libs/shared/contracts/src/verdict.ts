/** The judge's verdicts (docs/sandbox.md). `internal_error` is ours, never the candidate's fault. */
export const VERDICTS = [
  'accepted',
  'wrong_answer',
  'time_limit_exceeded',
  'memory_limit_exceeded',
  'runtime_error',
  'compile_error',
  'output_limit_exceeded',
  'internal_error',
] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Lifecycle of a submission as the client sees it. */
export const SUBMISSION_STATUSES = ['queued', 'compiling', 'running', 'finished'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export const SUBMISSION_MODES = ['run', 'submit'] as const;
export type SubmissionMode = (typeof SUBMISSION_MODES)[number];
