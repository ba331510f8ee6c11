import { HttpException, HttpStatus } from '@nestjs/common';
import { formatByteSize, formatByteSizeOver, type ApiErrorBody, type ApiErrorCode } from '@tryout/contracts';
import { DomainException } from '@tryout/server-common';

/** Domain error code → HTTP status. A code missing here is a 500 (and a bug). */
export const STATUS_BY_CODE: Record<ApiErrorCode, number> = {
  validation_failed: 400,
  malformed_json: 400,
  json_too_deep: 400,
  invalid_characters: 400,
  malformed_request: 400,
  headers_too_large: 431,
  request_timeout: 408,
  invalid_encoding: 400,
  language_not_allowed: 400,
  source_empty: 400,
  payload_too_large: 413,
  source_too_large: 413,
  custom_input_too_large: 413,
  custom_input_invalid: 400,
  unsupported_media_type: 415,
  unauthorized: 401,
  invalid_credentials: 401,
  refresh_token_invalid: 401,
  refresh_token_reused: 401,
  forbidden: 403,
  editorial_locked: 403,
  not_found: 404,
  route_not_found: 404,
  problem_not_found: 404,
  editorial_not_found: 404,
  submission_not_found: 404,
  draft_not_found: 404,
  email_taken: 409,
  interview_not_found: 404,
  share_link_invalid: 404,
  interview_template_not_found: 404,
  session_live: 409,
  no_problems_match: 422,
  note_not_found: 404,
  scorecard_template_not_found: 404,
  scorecard_template_name_taken: 409,
  scorecard_template_archived: 409,
  scorecard_template_locked: 409,
  scorecard_template_missing: 409,
  scorecard_submitted: 409,
  scorecard_incomplete: 400,
  session_not_started: 409,
  session_over: 409,
  session_cancelled: 409,
  invite_invalid: 401,
  invite_revoked: 403,
  invite_bound: 403,
  rate_limited: 429,
  too_many_queued: 429,
  queue_unavailable: 503,
  list_not_found: 404,
  quiz_not_found: 404,
  quiz_question_not_found: 404,
  quiz_answer_invalid: 400,
  interview_part_not_found: 404,
  account_disabled: 403,
  last_admin: 409,
  cannot_disable_self: 409,
  user_not_found: 404,
  job_not_found: 404,
  job_not_failed: 409,
  problem_draft_not_found: 404,
  draft_exists: 409,
  slug_taken: 409,
  test_not_found: 404,
  validation_required: 409,
  validation_not_found: 404,
  version_not_found: 404,
  problem_not_published: 409,
  rejudge_not_found: 404,
  rejudge_running: 409,
  package_invalid: 422,
  internal_error: 500,
};

const CODE_BY_STATUS: Record<number, ApiErrorCode> = {
  400: 'validation_failed',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

/** body-parser's error types (and ours from the UTF-8 check) → codes. */
const CODE_BY_BODY_ERROR: Record<string, ApiErrorCode> = {
  'entity.parse.failed': 'malformed_json',
  json_too_deep: 'json_too_deep',
  'entity.too.large': 'payload_too_large',
  'encoding.unsupported': 'unsupported_media_type',
  'charset.unsupported': 'unsupported_media_type',
  'request.size.invalid': 'validation_failed',
  invalid_encoding: 'invalid_encoding',
  unsupported_media_type: 'unsupported_media_type',
};

export interface MappedError {
  status: number;
  body: ApiErrorBody;
  retryAfterSeconds?: number;
  /** Unexpected: log with stack. */
  unexpected: boolean;
}

/** The one mapping from anything thrown to the `{statusCode, code, message, details?}` body. */
export function mapError(err: unknown, requestId?: string): MappedError {
  const make = (
    status: number,
    code: ApiErrorCode,
    message: string,
    details?: unknown,
    retryAfterSeconds?: number,
    unexpected = false,
  ): MappedError => ({
    status,
    body: {
      statusCode: status,
      code,
      message,
      ...(details !== undefined ? { details } : {}),
      ...(requestId ? { requestId } : {}),
    },
    retryAfterSeconds,
    unexpected,
  });
  if (err instanceof DomainException) {
    const status = STATUS_BY_CODE[err.code] ?? 500;
    return make(
      status,
      err.code,
      err.message,
      err.details,
      err.retryAfterSeconds,
      status >= 500 && err.code !== 'queue_unavailable',
    );
  }
  const bodyType = (err as { type?: unknown } | null)?.type;
  if (typeof bodyType === 'string' && CODE_BY_BODY_ERROR[bodyType]) {
    const code = CODE_BY_BODY_ERROR[bodyType];
    const messages: Partial<Record<ApiErrorCode, string>> = {
      malformed_json: 'request body is not valid JSON',
      payload_too_large: tooLargeMessage(err as { limit?: unknown; length?: unknown }),
      invalid_encoding: 'request body is not valid UTF-8',
      unsupported_media_type: 'send application/json in UTF-8',
    };
    return make(STATUS_BY_CODE[code], code, messages[code] ?? (err as Error).message);
  }
  if (err instanceof HttpException) {
    const status = err.getStatus();
    if (status === Number(HttpStatus.NOT_FOUND) && /^Cannot [A-Z]+ /.test(err.message))
      return make(404, 'route_not_found', 'no such route');
    const code = CODE_BY_STATUS[status] ?? (status >= 500 ? 'internal_error' : 'validation_failed');
    return make(status, code, status >= 500 ? 'internal error' : err.message, undefined, undefined, status >= 500);
  }
  return make(500, 'internal_error', 'internal error', undefined, undefined, true);
}

/**
 * body-parser's 413 names its limit and the declared length: say both, in the units people read,
 * so the caller knows what to trim (a bare "too large" does not).
 */
export function tooLargeMessage(err: { limit?: unknown; length?: unknown }): string {
  const limit = typeof err.limit === 'number' ? formatByteSize(err.limit) : null;
  const length =
    typeof err.length === 'number' && typeof err.limit === 'number' ? formatByteSizeOver(err.length, err.limit) : null;
  if (limit && length) return `request body is ${length}; the API accepts at most ${limit}`;
  if (limit) return `request body is over the ${limit} the API accepts`;
  return 'request body is too large';
}
