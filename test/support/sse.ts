/**
 * Reads a Server-Sent Events stream with fetch + eventsource-parser (as the web client does).
 *
 *   const stream = await openSse(`${t.url}/api/submissions/${id}/events`, token);
 *   const first = await stream.next();          // { event, data } with data parsed as JSON
 *   const rest = await stream.collect();        // until the server ends the stream
 *   stream.close();
 */
import { createParser, type EventSourceMessage } from 'eventsource-parser';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read data loosely
export interface SseMessage<T = any> {
  event?: string;
  data: T;
}

export interface SseStream {
  status: number;
  headers: Headers;
  /** Resolves with the next message, or undefined when the stream ended. */
  next(timeoutMs?: number): Promise<SseMessage | undefined>;
  /** Every remaining message until the server ends the stream. */
  collect(timeoutMs?: number): Promise<SseMessage[]>;
  close(): void;
}

export async function openSse(url: string, token?: string): Promise<SseStream> {
  const controller = new AbortController();
  const res = await fetch(url, {
    headers: token ? { authorization: `Bearer ${token}`, accept: 'text/event-stream' } : {},
    signal: controller.signal,
  });
  const queue: SseMessage[] = [];
  const waiters: ((m: SseMessage | undefined) => void)[] = [];
  let ended = false;
  const push = (m: SseMessage | undefined) => {
    const w = waiters.shift();
    if (w) w(m);
    else if (m) queue.push(m);
  };
  const parser = createParser({
    onEvent(e: EventSourceMessage) {
      let data: unknown = e.data;
      try {
        data = JSON.parse(e.data);
      } catch {
        // leave as text
      }
      push({ event: e.event, data });
    },
  });
  if (res.body && res.headers.get('content-type')?.includes('text/event-stream')) {
    void (async () => {
      const decoder = new TextDecoder();
      try {
        for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>)
          parser.feed(decoder.decode(chunk, { stream: true }));
      } catch {
        // aborted
      }
      ended = true;
      while (waiters.length) push(undefined);
    })();
  } else {
    ended = true;
  }
  const next = (timeoutMs = 10_000) =>
    new Promise<SseMessage | undefined>((resolve, reject) => {
      if (queue.length) return resolve(queue.shift());
      if (ended) return resolve(undefined);
      const timer = setTimeout(() => reject(new Error(`no SSE message within ${timeoutMs} ms`)), timeoutMs);
      waiters.push((m) => {
        clearTimeout(timer);
        resolve(m);
      });
    });
  return {
    status: res.status,
    headers: res.headers,
    next,
    async collect(timeoutMs = 10_000) {
      const all: SseMessage[] = [];
      for (;;) {
        const m = await next(timeoutMs);
        if (!m) return all;
        all.push(m);
      }
    },
    close: () => controller.abort(),
  };
}
