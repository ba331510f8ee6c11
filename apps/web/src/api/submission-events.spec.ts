import type { SubmissionEvent } from '@tryout/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { followSubmission } from './submission-events';

const compiling: SubmissionEvent = { type: 'status', submissionId: 's', status: 'compiling' };
const verdict: SubmissionEvent = {
  type: 'verdict',
  submissionId: 's',
  status: 'finished',
  verdict: 'accepted',
  cpuMs: 10,
  memoryKb: 20,
};
const sse = (e: SubmissionEvent) => `event: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`;

/** An SSE response that sends `events`, then ends or (`hang`) stays open and silent until aborted. */
function stream(events: SubmissionEvent[], hang: boolean, signal?: AbortSignal | null): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const e of events) controller.enqueue(new TextEncoder().encode(sse(e)));
      if (!hang) controller.close();
      signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
    },
  });
  return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } });
}

describe('followSubmission', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reopens a stream that went silent (a dead connection) and gets the verdict from the new one', async () => {
    const fetch = vi
      .fn()
      .mockImplementationOnce((_url: string, init: RequestInit) =>
        Promise.resolve(stream([compiling], true, init.signal)),
      )
      .mockImplementationOnce((_url: string, init: RequestInit) =>
        Promise.resolve(stream([verdict], false, init.signal)),
      );
    vi.stubGlobal('fetch', fetch);
    const seen: SubmissionEvent[] = [];
    await followSubmission('s', (e) => seen.push(e), new AbortController().signal, 50);
    expect(seen).toEqual([compiling, verdict]);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('reopens a stream that ended without a verdict', async () => {
    const fetch = vi
      .fn()
      .mockImplementationOnce(() => Promise.resolve(stream([compiling], false)))
      .mockImplementationOnce(() => Promise.resolve(stream([verdict], false)));
    vi.stubGlobal('fetch', fetch);
    const seen: SubmissionEvent[] = [];
    await followSubmission('s', (e) => seen.push(e), new AbortController().signal);
    expect(seen).toEqual([compiling, verdict]);
  });
});
