/**
 * A Node client of the live editor (what the browser runs, minus CodeMirror), for tests and bench.
 *
 *   const c = await openLive(t.url, liveDocumentName(sessionId, 1), token);   // synced, or throws on refusal
 *   c.text.insert(0, 'x'); await c.acked();                                     // the server acknowledged it
 *   await waitFor(() => other.text.toString().includes('x'));
 *   c.close();
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { LIVE_EDITOR_PATH, LIVE_TEXT_NAME, type LiveClientSignal, type LiveServerSignal } from '@tryout/contracts';
import WebSocket from 'ws';
import * as Y from 'yjs';

export interface LiveClient {
  provider: HocuspocusProvider;
  doc: Y.Doc;
  text: Y.Text;
  /** Read-only signals the server sent to this client. */
  signals: LiveServerSignal[];
  /** Resolves once every local change was acknowledged by the server. */
  acked(timeoutMs?: number): Promise<void>;
  signal(s: LiveClientSignal): void;
  close(): void;
}

export class LiveRefused extends Error {}

export function liveUrl(httpUrl: string): string {
  return httpUrl.replace(/^http/, 'ws') + LIVE_EDITOR_PATH;
}

export function openLive(httpUrl: string, name: string, token: string, timeoutMs = 10_000): Promise<LiveClient> {
  const doc = new Y.Doc();
  const signals: LiveServerSignal[] = [];
  const socket = new HocuspocusProviderWebsocket({ url: liveUrl(httpUrl), WebSocketPolyfill: WebSocket });
  const destroy = () => {
    provider.destroy();
    socket.destroy();
  };
  let provider: HocuspocusProvider;
  return new Promise<LiveClient>((resolve, reject) => {
    const timer = setTimeout(() => {
      destroy();
      reject(new Error(`live editor: no sync within ${timeoutMs} ms`));
    }, timeoutMs);
    provider = new HocuspocusProvider({
      websocketProvider: socket,
      name,
      token,
      document: doc,
      onAuthenticationFailed: ({ reason }) => {
        clearTimeout(timer);
        destroy();
        reject(new LiveRefused(reason));
      },
      onStateless: ({ payload }) => signals.push(JSON.parse(payload) as LiveServerSignal),
      onSynced: () => {
        clearTimeout(timer);
        resolve({
          provider,
          doc,
          text: doc.getText(LIVE_TEXT_NAME),
          signals,
          acked: (ms = 10_000) => waitFor(() => provider.unsyncedChanges === 0, ms),
          signal: (s) => provider.sendStateless(JSON.stringify(s)),
          close: () => {
            destroy();
            doc.destroy();
          },
        });
      },
    });
    provider.attach();
  });
}

export async function waitFor(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
