import { DomainException } from '@tryout/server-common';

export type AuthoringExceptionCode =
  | 'problem_not_found'
  | 'problem_draft_not_found'
  | 'draft_exists'
  | 'slug_taken'
  | 'test_not_found'
  | 'validation_failed'
  | 'validation_required'
  | 'version_not_found'
  | 'problem_not_published'
  | 'rejudge_not_found'
  | 'rejudge_running'
  | 'package_invalid'
  | 'payload_too_large'
  | 'invalid_encoding'
  | 'queue_unavailable';

export class AuthoringException extends DomainException {
  constructor(code: AuthoringExceptionCode, message: string, details?: unknown) {
    super(code, message, details);
  }
}
