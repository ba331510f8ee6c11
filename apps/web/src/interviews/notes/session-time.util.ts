/** A session time (ms since the candidate's Start) as mm:ss; minutes keep counting past 59. */
export function formatSessionTime(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}

/**
 * Where a note's time leads: the session's playback at that moment. The one place that knows the
 * playback route (`?t=` is the session time in ms).
 */
export function playbackHref(sessionId: string, ms: number): string {
  return `/interviews/${encodeURIComponent(sessionId)}/playback?t=${Math.max(0, Math.round(ms))}`;
}
