import type { LiveTimelineDto } from '@tryout/contracts';

export const PLAYBACK_SPEEDS = [1, 2, 4, 8] as const;

export interface PlaybackMarker {
  /** ms since the session started */
  t: number;
  kind: 'run' | 'submit' | 'paste' | 'focus';
  label: string;
}

/** The timeline's span in ms since the session started: start at 0, end at the session's end or the last thing recorded. */
export function playbackSpan(timeline: LiveTimelineDto, now: number): { origin: number; length: number } {
  const times = [
    ...timeline.updates.map((u) => Date.parse(u.at)),
    ...timeline.events.map((e) => Date.parse(e.at)),
    ...timeline.submissions.map((s) => Date.parse(s.at)),
  ];
  const origin = timeline.startedAt ? Date.parse(timeline.startedAt) : Math.min(...times, now);
  const end = timeline.endedAt ? Date.parse(timeline.endedAt) : Math.max(now, ...times);
  return { origin, length: Math.max(0, end - origin) };
}

/** How many updates happened at or before `t` (ms since origin); updates are in server order. */
export function updatesUpTo(timeline: LiveTimelineDto, origin: number, t: number): number {
  const at = origin + t;
  let lo = 0;
  let hi = timeline.updates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (Date.parse(timeline.updates[mid].at) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Runs, submits, pastes and the candidate's focus changes, to mark on the timeline. */
export function playbackMarkers(timeline: LiveTimelineDto, origin: number): PlaybackMarker[] {
  const markers: PlaybackMarker[] = timeline.submissions.map((s) => ({
    t: Date.parse(s.at) - origin,
    kind: s.mode,
    label: `${s.automatic ? 'final submit' : s.mode}${s.verdict ? `: ${s.verdict}` : ''}`,
  }));
  for (const e of timeline.events) {
    if (e.who !== 'candidate') continue;
    if (e.kind === 'paste')
      markers.push({ t: Date.parse(e.at) - origin, kind: 'paste', label: `paste, ${e.size ?? 0} characters` });
    else if (e.kind === 'hidden' || e.kind === 'blur' || e.kind === 'offline')
      markers.push({ t: Date.parse(e.at) - origin, kind: 'focus', label: FOCUS_LABELS[e.kind] });
  }
  return markers.sort((a, b) => a.t - b.t);
}

const FOCUS_LABELS = { hidden: 'tab hidden', blur: 'window left', offline: 'went offline' } as const;
