/**
 * The live shared editor of an interview: a Yjs document per session problem, synced over a
 * Hocuspocus WebSocket at LIVE_EDITOR_PATH, plus the recorded timeline that playback replays.
 */

/** WebSocket upgrade route of the live editor (same origin as the API). */
export const LIVE_EDITOR_PATH = '/api/live-editor';

/** The Y.Text inside each document that holds the code. */
export const LIVE_TEXT_NAME = 'code';

export function liveDocumentName(sessionId: string, position: number): string {
  return `interview:${sessionId}:${position}`;
}

export function parseLiveDocumentName(name: string): { sessionId: string; position: number } | null {
  const m = /^interview:([0-9a-f-]{36}):([1-9][0-9]?)$/i.exec(name);
  return m ? { sessionId: m[1].toLowerCase(), position: Number(m[2]) } : null;
}

/** Recorded events: presence (online/offline), tab visibility, window focus, pastes and interviewer mode changes. */
export const LIVE_EVENT_KINDS = [
  'online',
  'offline',
  'hidden',
  'visible',
  'blur',
  'focus',
  'paste',
  'watch',
  'pair',
] as const;
export type LiveEventKind = (typeof LIVE_EVENT_KINDS)[number];

/** What a client reports as a stateless message (JSON): `{ kind, size? }`; the server stamps time and author. */
export interface LiveClientSignal {
  kind: 'hidden' | 'visible' | 'blur' | 'focus' | 'paste' | 'watch' | 'pair';
  /** Characters pasted (paste only). */
  size?: number;
}

/**
 * What the server tells a client (stateless JSON): the session is over (read-only now), the
 * candidate's invite link was revoked or replaced (the connection is closed next), or an
 * interviewer's mode took effect.
 */
export type LiveServerSignal =
  { kind: 'session_over' } | { kind: 'invite_revoked' } | { kind: 'mode'; mode: 'watch' | 'pair' };

/** The reason the live editor gives when it refuses or closes a candidate's connection because the link was revoked. */
export const LIVE_INVITE_REVOKED = 'invite_revoked' as const;

/** Largest paste size recorded; bigger ones are recorded as this. */
export const LIVE_PASTE_SIZE_MAX = 10_000_000;

export interface LiveEventDto {
  at: string;
  position: number;
  kind: LiveEventKind;
  /** candidate or interviewer (an admin counts as an interviewer). */
  who: 'candidate' | 'interviewer';
  name: string;
  size: number | null;
}

export interface LiveUpdateDto {
  at: string;
  who: 'candidate' | 'interviewer' | 'system';
  /** base64 of the Yjs update. */
  update: string;
}

/** Everything playback needs for one problem: the updates in order, events and runs/submits to mark. */
export interface LiveTimelineDto {
  position: number;
  startedAt: string | null;
  endedAt: string | null;
  updates: LiveUpdateDto[];
  events: LiveEventDto[];
  submissions: { id: string; at: string; mode: 'run' | 'submit'; verdict: string | null; automatic: boolean }[];
}
