/**
 * Tiny fetch wrapper for API tests.
 *
 *   const res = await call(t.url, 'POST', '/api/submissions', { token, body: {...} });
 *   res.status; res.body (parsed JSON or text); res.headers
 */
export interface CallOptions {
  token?: string;
  /** Objects are sent as JSON; strings/Buffers are sent raw (set content-type yourself). */
  body?: unknown;
  headers?: Record<string, string>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read bodies loosely
export interface CallResult<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read bodies loosely
export async function call<T = any>(
  baseUrl: string,
  method: string,
  path: string,
  opts: CallOptions = {},
): Promise<CallResult<T>> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  let body: string | Uint8Array | undefined;
  if (typeof opts.body === 'string') body = opts.body;
  else if (Buffer.isBuffer(opts.body)) body = new Uint8Array(opts.body);
  else if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers['content-type'] ??= 'application/json';
  }
  const res = await fetch(`${baseUrl}${path}`, { method, headers, body: body as BodyInit | undefined });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON
  }
  return { status: res.status, body: parsed as T, headers: res.headers };
}
