import { DomainException } from '@tryout/server-common';

export type InterviewExceptionCode =
  | 'interview_not_found'
  | 'session_not_started'
  | 'session_over'
  | 'session_cancelled'
  | 'invite_invalid'
  | 'invite_revoked'
  | 'invite_bound'
  | 'share_link_invalid'
  | 'problem_not_found'
  | 'language_not_allowed'
  | 'template_not_found'
  | 'session_live'
  | 'no_problems_match'
  | 'validation_failed';

export class InterviewException extends DomainException {
  constructor(code: InterviewExceptionCode, message: string, details?: unknown) {
    super(code, message, details);
  }
}
