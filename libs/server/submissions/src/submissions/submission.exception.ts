import { DomainException } from '@tryout/server-common';

export type SubmissionExceptionCode =
  | 'submission_not_found'
  | 'problem_not_found'
  | 'language_not_allowed'
  | 'source_empty'
  | 'source_too_large'
  | 'custom_input_too_large'
  | 'custom_input_invalid'
  | 'validation_failed'
  | 'too_many_queued'
  | 'queue_unavailable'
  | 'draft_not_found';

export class SubmissionException extends DomainException {
  constructor(code: SubmissionExceptionCode, message: string, details?: unknown, retryAfterSeconds?: number) {
    super(code, message, details, retryAfterSeconds);
  }
}
