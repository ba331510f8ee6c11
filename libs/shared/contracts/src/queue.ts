/**
 * The one job contract between api and worker. Payloads carry ids only: the worker
 * loads everything else from Postgres, so a job can never smuggle stale or forged data.
 */
export const JUDGE_QUEUE = 'judge' as const;

export const JudgeJobName = {
  Judge: 'judge',
  /** Judges every solution of an authoring draft (`tryout verify` on the queue). */
  Validate: 'validate',
  /** Judges one past submission again on its problem's current version. */
  Rejudge: 'rejudge',
} as const;
export type JudgeJobName = (typeof JudgeJobName)[keyof typeof JudgeJobName];

export interface JudgeJobData {
  submissionId: string;
  /** The API request that created the submission, so its logs and the worker's join up. */
  requestId?: string;
}
export interface ValidateJobData {
  validationId: string;
}
export interface RejudgeJobData {
  rejudgeItemId: string;
}
export type JudgeJobPayload =
  | { name: 'judge'; data: JudgeJobData }
  | { name: 'validate'; data: ValidateJobData }
  | { name: 'rejudge'; data: RejudgeJobData };

/**
 * BullMQ priorities: lower runs first. Live interviews outrank practice; authoring work (validate,
 * rejudge) runs only when no candidate waits.
 */
export const JobPriority = { Interview: 1, Submit: 5, Run: 3, Background: 100 } as const;

/** Redis pub/sub channel on which the worker publishes a submission's progress. */
export function submissionEventsChannel(prefix: string, submissionId: string): string {
  return `${prefix}:submission-events:${submissionId}`;
}
