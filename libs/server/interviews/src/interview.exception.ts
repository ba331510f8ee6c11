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
  | 'interview_template_not_found'
  | 'session_live'
  | 'no_problems_match'
  | 'validation_failed'
  | 'forbidden'
  | 'note_not_found'
  | 'scorecard_template_not_found'
  | 'scorecard_template_name_taken'
  | 'scorecard_template_archived'
  | 'scorecard_template_locked'
  | 'scorecard_template_missing'
  | 'scorecard_submitted'
  | 'scorecard_incomplete'
  | 'interview_part_not_found';

export class InterviewException extends DomainException {
  constructor(code: InterviewExceptionCode, message: string, details?: unknown) {
    super(code, message, details);
  }
}
