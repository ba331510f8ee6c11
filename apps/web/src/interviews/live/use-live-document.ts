import { HocuspocusProvider } from '@hocuspocus/provider';
import {
  LIVE_EDITOR_PATH,
  LIVE_INVITE_REVOKED,
  LIVE_TEXT_NAME,
  liveDocumentName,
  type LiveClientSignal,
  type LiveServerSignal,
} from '@tryout/contracts';
import { useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';

/** What each participant shares through awareness: who they are, where their cursor is (y-codemirror adds it), and presence. */
export interface LivePeerState {
  user?: { name: string; color: string; colorLight: string; role: 'candidate' | 'interviewer' };
  presence?: { visible: boolean; focused: boolean };
}

export interface LiveDocument {
  provider: HocuspocusProvider;
  text: Y.Text;
  awareness: Awareness;
  status: 'connecting' | 'connected' | 'disconnected';
  synced: boolean;
  /** Local changes the server has not acknowledged yet. */
  unsynced: number;
  /** The server refused access (the message says why). */
  refused: string | null;
  sessionOver: boolean;
  /** The candidate's invite link was revoked or replaced: the server closed this connection. */
  revoked: boolean;
  mode: 'watch' | 'pair';
  signal(s: LiveClientSignal): void;
}

export function liveSocketUrl(): string {
  return `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}${LIVE_EDITOR_PATH}`;
}

/**
 * One problem's shared document over the live editor's WebSocket. `token` is read on every
 * (re)connection, so a refreshed access token is picked up.
 */
export function useLiveDocument(
  sessionId: string,
  position: number,
  token: () => string,
  user: NonNullable<LivePeerState['user']>,
): LiveDocument | null {
  const [live, setLive] = useState<LiveDocument | null>(null);
  const { name, color, colorLight, role } = user;

  useEffect(() => {
    const doc = new Y.Doc();
    let state: Omit<LiveDocument, 'signal' | 'provider' | 'text' | 'awareness'> = {
      status: 'connecting',
      synced: false,
      unsynced: 0,
      refused: null,
      sessionOver: false,
      revoked: false,
      mode: 'watch',
    };
    const provider = new HocuspocusProvider({
      url: liveSocketUrl(),
      name: liveDocumentName(sessionId, position),
      document: doc,
      token: () => token(),
    });
    const publish = (patch: Partial<typeof state>) => {
      state = { ...state, ...patch };
      setLive({
        ...state,
        provider,
        text: doc.getText(LIVE_TEXT_NAME),
        awareness: provider.awareness!,
        signal: (s) => provider.sendStateless(JSON.stringify(s)),
      });
    };
    provider.on('status', ({ status }: { status: LiveDocument['status'] }) => publish({ status }));
    provider.on('synced', ({ state: synced }: { state: boolean }) => publish({ synced }));
    provider.on('unsyncedChanges', ({ number }: { number: number }) => publish({ unsynced: number }));
    provider.on('authenticationFailed', ({ reason }: { reason: string }) =>
      publish(reason === LIVE_INVITE_REVOKED ? { refused: reason, revoked: true } : { refused: reason }),
    );
    provider.on('stateless', ({ payload }: { payload: string }) => {
      const s = JSON.parse(payload) as LiveServerSignal;
      if (s.kind === 'session_over') publish({ sessionOver: true });
      else if (s.kind === 'invite_revoked') publish({ revoked: true, sessionOver: true });
      else publish({ mode: s.mode });
    });
    // The server's close message (the link revoked mid-session) carries the reason too.
    provider.on('close', ({ event }: { event: { reason?: string } }) => {
      if (event.reason === LIVE_INVITE_REVOKED) publish({ revoked: true, sessionOver: true });
    });
    provider.awareness!.setLocalStateField('user', { name, color, colorLight, role });
    publish({});
    return () => {
      provider.destroy();
      doc.destroy();
      setLive(null);
    };
    // The token getter is read lazily; a new function identity must not reconnect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sessionId, position, name, color, colorLight, role]);

  return live;
}

/** Candidate cursors are blue, interviewers' orange: the interviewer page tells them apart at a glance. */
export const CANDIDATE_PEER: NonNullable<LivePeerState['user']> = {
  name: 'Candidate',
  color: '#1c7ed6',
  colorLight: '#1c7ed633',
  role: 'candidate',
};

export function interviewerPeer(name: string): NonNullable<LivePeerState['user']> {
  return { name, color: '#f76707', colorLight: '#f7670733', role: 'interviewer' };
}
