import type { ApiErrorBody } from '@tryout/contracts';

/** A non-2xx answer. `code` is the API's stable error code; `message` is shown to people. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  static async fromResponse(response: Response): Promise<ApiError> {
    const retryAfter = Number(response.headers.get('Retry-After'));
    const retryAfterSeconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined;
    let body: Partial<ApiErrorBody> | undefined;
    try {
      body = (await response.json()) as Partial<ApiErrorBody>;
    } catch {
      body = undefined;
    }
    const message =
      typeof body?.message === 'string' && body.message.length > 0
        ? body.message
        : `Request failed (${response.status} ${response.statusText})`;
    return new ApiError(response.status, body?.code ?? 'http_error', message, body?.details, retryAfterSeconds);
  }
}

/** A readable message for anything thrown by a request. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'validation_failed' && Array.isArray(error.details)) {
      const fields = (error.details as { field?: string; errors?: string[] }[])
        .map((d) => `${d.field ?? 'input'}: ${(d.errors ?? []).join(', ')}`)
        .join('; ');
      return fields ? `${error.message} (${fields})` : error.message;
    }
    if (error.retryAfterSeconds) return `${error.message} Try again in ${error.retryAfterSeconds} s.`;
    return error.message;
  }
  if (error instanceof TypeError) return 'Cannot reach the server. Check your connection and try again.';
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}
