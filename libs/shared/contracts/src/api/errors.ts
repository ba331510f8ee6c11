/**
 * Every stable `code` in an ApiErrorBody (../error.ts). Clients branch on these, never on `message`.
 * `details` carries field errors for `validation_failed` and `invalid_characters`: `{ field: string; errors: string[] }[]`.
 */
export const API_ERROR_CODES = [
  'validation_failed',
  'malformed_json',
  'json_too_deep',
  'invalid_characters',
  'malformed_request',
  'headers_too_large',
  'request_timeout',
  'payload_too_large',
  'unsupported_media_type',
  'invalid_encoding',
  'unauthorized',
  'forbidden',
  'not_found',
  'route_not_found',
  'rate_limited',
  'too_many_queued',
  'email_taken',
  'invalid_credentials',
  'refresh_token_invalid',
  'refresh_token_reused',
  'problem_not_found',
  'list_not_found',
  'editorial_not_found',
  'editorial_locked',
  'submission_not_found',
  'draft_not_found',
  'language_not_allowed',
  'source_empty',
  'source_too_large',
  'custom_input_too_large',
  'custom_input_invalid',
  'queue_unavailable',
  'interview_not_found',
  'session_not_started',
  'session_over',
  'session_cancelled',
  'invite_invalid',
  'invite_revoked',
  'invite_bound',
  'share_link_invalid',
  'template_not_found',
  'session_live',
  'no_problems_match',
  'account_disabled',
  'last_admin',
  'cannot_disable_self',
  'user_not_found',
  'job_not_found',
  'job_not_failed',
  'internal_error',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ValidationErrorDetail {
  field: string;
  errors: string[];
}
