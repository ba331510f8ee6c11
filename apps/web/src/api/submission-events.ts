import type { SubmissionEvent } from '@tryout/contracts';
import { EventSourceParserStream } from 'eventsource-parser/stream';
import { ApiError } from './api-error';
import { authorizedFetch } from './http';

// The SSE `event:` field names the type; heartbeats and unknown kinds are skipped.
const KNOWN_EVENTS = new Set<string>(['status', 'running', 'verdict'] satisfies SubmissionEvent['type'][]);
/**
 * The server sends a heartbeat every 15 s; a stream silent for longer than two of them is a dead
 * connection the browser has not noticed (a half-open socket never ends), so it is reopened.
 */
const SILENCE_LIMIT_MS = 35_000;

/**
 * Follows GET /api/submissions/:id/events until the verdict. The route needs the bearer token, so
 * this is fetch() + eventsource-parser rather than EventSource. A dropped or silent stream is
 * reopened: the server sends the current state first, so nothing is lost.
 */
export function followSubmission(
  submissionId: string,
  onEvent: (event: SubmissionEvent) => void,
  signal: AbortSignal,
  silenceLimitMs = SILENCE_LIMIT_MS,
): Promise<void> {
  return followSubmissionEvents(
    `/api/submissions/${encodeURIComponent(submissionId)}/events`,
    authorizedFetch,
    onEvent,
    signal,
    silenceLimitMs,
  );
}

/**
 * The same for any submission event stream (an interview's results too): `fetcher` adds the
 * credentials of whoever reads it.
 */
export async function followSubmissionEvents(
  url: string,
  fetcher: (url: string, init: RequestInit) => Promise<Response>,
  onEvent: (event: SubmissionEvent) => void,
  signal: AbortSignal,
  silenceLimitMs = SILENCE_LIMIT_MS,
): Promise<void> {
  let attempt = 0;
  while (!signal.aborted) {
    const connection = new AbortController();
    const abortConnection = () => connection.abort();
    signal.addEventListener('abort', abortConnection);
    let watchdog: ReturnType<typeof setTimeout> | undefined;
    const heard = () => {
      clearTimeout(watchdog);
      watchdog = setTimeout(abortConnection, silenceLimitMs);
    };
    try {
      heard();
      const response = await fetcher(url, {
        headers: { Accept: 'text/event-stream' },
        signal: connection.signal,
      });
      if (!response.ok) throw await ApiError.fromResponse(response);
      if (!response.body) throw new Error('The browser returned no stream');
      const reader = response.body
        .pipeThrough(new TextDecoderStream())
        .pipeThrough(new EventSourceParserStream())
        .getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        heard(); // heartbeats count: the connection is alive
        if (!value.data || !KNOWN_EVENTS.has(value.event ?? '')) continue;
        const event = JSON.parse(value.data) as SubmissionEvent;
        attempt = 0;
        onEvent(event);
        if (event.type === 'verdict') {
          void reader.cancel().catch(() => undefined);
          return;
        }
      }
    } catch (error) {
      if (signal.aborted) return;
      // Client errors (gone, forbidden) will not heal by retrying.
      if (error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 429) throw error;
    } finally {
      clearTimeout(watchdog);
      signal.removeEventListener('abort', abortConnection);
    }
    attempt += 1;
    if (attempt > 8) throw new Error('Lost the connection to the live results.');
    await new Promise((resolve) => setTimeout(resolve, Math.min(4000, 250 * 2 ** attempt)));
  }
}
