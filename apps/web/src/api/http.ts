import type { AuthResponse } from '@tryout/contracts';
import { ApiError } from './api-error';
import { getAccessToken, setAccessToken } from './token-store';

type SessionListener = (session: AuthResponse | null) => void;
const sessionListeners = new Set<SessionListener>();

export function onSessionChange(listener: SessionListener): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

/**
 * A non-secret marker that this browser holds a refresh cookie (the cookie itself is httpOnly and
 * invisible to scripts). Without it, refreshing could only answer 401, which browsers log as a
 * console error on every anonymous page load, so the app does not ask.
 */
const SESSION_HINT_KEY = 'tryout.session';

export function hasSessionHint(): boolean {
  try {
    return window.localStorage.getItem(SESSION_HINT_KEY) === '1';
  } catch {
    // Storage blocked: ask the server, as before the hint existed.
    return true;
  }
}

function setSessionHint(on: boolean): void {
  try {
    if (on) window.localStorage.setItem(SESSION_HINT_KEY, '1');
    else window.localStorage.removeItem(SESSION_HINT_KEY);
  } catch {
    // Storage blocked: refresh is attempted on every load instead.
  }
}

export function applySession(session: AuthResponse | null): void {
  setSessionHint(session !== null);
  setAccessToken(session?.accessToken ?? null);
  for (const listener of sessionListeners) listener(session);
}

let refreshing: Promise<AuthResponse | null> | null = null;

/**
 * Trades the httpOnly refresh cookie for a new access token. The refresh token rotates and reuse
 * revokes the whole family, so concurrent refreshes must never race: one in flight per tab, and a
 * Web Lock serialises tabs (the second tab then presents the already-rotated cookie's successor).
 */
export function refreshSession(): Promise<AuthResponse | null> {
  if (!refreshing && !hasSessionHint()) return Promise.resolve(null);
  refreshing ??= (async () => {
    const run = async (): Promise<AuthResponse | null> => {
      const response = await fetch('/api/auth/refresh', { method: 'POST', credentials: 'same-origin' });
      if (!response.ok) {
        applySession(null);
        return null;
      }
      const session = (await response.json()) as AuthResponse;
      applySession(session);
      return session;
    };
    try {
      if (typeof navigator !== 'undefined' && 'locks' in navigator) {
        return await navigator.locks.request('tryout-refresh', run);
      }
      return await run();
    } catch {
      return null;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined | null>;
  signal?: AbortSignal;
  /** Skip the refresh-and-retry on 401 (the auth routes themselves). */
  noRetry?: boolean;
}

export function buildUrl(path: string, query?: RequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** fetch() with the bearer token; on 401 refreshes once and retries. */
export async function authorizedFetch(url: string, init: RequestInit = {}, noRetry = false): Promise<Response> {
  const send = (): Promise<Response> => {
    const headers = new Headers(init.headers);
    const token = getAccessToken();
    if (token) headers.set('Authorization', `Bearer ${token}`);
    return fetch(url, { ...init, headers, credentials: 'same-origin' });
  };
  let response = await send();
  if (response.status === 401 && !noRetry) {
    const session = await refreshSession();
    if (session) response = await send();
  }
  return response;
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  let body: string | undefined;
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  const response = await authorizedFetch(
    buildUrl(path, options.query),
    { method: options.method ?? 'GET', headers, body, signal: options.signal },
    options.noRetry,
  );
  if (!response.ok) throw await ApiError.fromResponse(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}
