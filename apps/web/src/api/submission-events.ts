import type { SubmissionEvent } from '@tryout/contracts';
import { EventSourceParserStream } from 'eventsource-parser/stream';
import { ApiError } from './api-error';
import { authorizedFetch } from './http';

// The SSE `event:` field names the type; heartbeats and unknown kinds are skipped.
const KNOWN_EVENTS = new Set<string>(['status', 'running', 'verdict'] satisfies SubmissionEvent['type'][]);

/**
 * Follows GET /api/submissions/:id/events until the verdict. The route needs the bearer token, so
 * this is fetch() + eventsource-parser rather than EventSource. A dropped stream is reopened: the
 * server sends the current state first, so nothing is lost.
 */
export async function followSubmission(
  submissionId: string,
  onEvent: (event: SubmissionEvent) => void,
  signal: AbortSignal,
): Promise<void> {
  let attempt = 0;
  while (!signal.aborted) {
    try {
      const response = await authorizedFetch(`/api/submissions/${encodeURIComponent(submissionId)}/events`, {
        headers: { Accept: 'text/event-stream' },
        signal,
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
        if (!value.data || !KNOWN_EVENTS.has(value.event ?? '')) continue;
        const event = JSON.parse(value.data) as SubmissionEvent;
        attempt = 0;
        onEvent(event);
        if (event.type === 'verdict') return;
      }
    } catch (error) {
      if (signal.aborted) return;
      // Client errors (gone, forbidden) will not heal by retrying.
      if (error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 429) throw error;
    }
    attempt += 1;
    if (attempt > 8) throw new Error('Lost the connection to the live results.');
    await new Promise((resolve) => setTimeout(resolve, Math.min(4000, 250 * 2 ** attempt)));
  }
}
