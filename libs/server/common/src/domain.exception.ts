import type { ApiErrorCode } from '@tryout/contracts';

/**
 * Base of every domain error. Libs throw these (never HTTP exceptions: the worker and the CLI use
 * the same libs); the API's one exception filter maps `code` to an HTTP status.
 */
export class DomainException extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: unknown,
    /** Seconds a client should wait before retrying (rate limits). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
