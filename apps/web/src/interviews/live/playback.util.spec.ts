import type { LiveTimelineDto } from '@tryout/contracts';
import { describe, expect, it } from 'vitest';
import { playbackMarkers, playbackSpan, updatesUpTo } from './playback.util';

const t0 = Date.parse('2026-12-01T10:00:00.000Z');
const at = (ms: number) => new Date(t0 + ms).toISOString();
const timeline: LiveTimelineDto = {
  position: 1,
  startedAt: at(0),
  endedAt: at(60_000),
  updates: [
    { at: at(0), who: 'system', update: '' },
    { at: at(1000), who: 'candidate', update: '' },
    { at: at(1000), who: 'candidate', update: '' },
    { at: at(5000), who: 'interviewer', update: '' },
  ],
  events: [
    { at: at(2000), position: 1, kind: 'paste', who: 'candidate', name: 'c', size: 120 },
    { at: at(3000), position: 1, kind: 'blur', who: 'candidate', name: 'c', size: null },
    { at: at(3500), position: 1, kind: 'pair', who: 'interviewer', name: 'i', size: null },
  ],
  submissions: [{ id: 'x', at: at(4000), mode: 'run', verdict: 'accepted', automatic: false }],
};

describe('playback', () => {
  it('spans from the start to the end of the session', () => {
    expect(playbackSpan(timeline, t0 + 999_999)).toEqual({ origin: t0, length: 60_000 });
    expect(playbackSpan({ ...timeline, endedAt: null }, t0 + 90_000).length).toBe(90_000);
  });

  it('counts the updates at or before a time', () => {
    expect(updatesUpTo(timeline, t0, -1)).toBe(0);
    expect(updatesUpTo(timeline, t0, 0)).toBe(1);
    expect(updatesUpTo(timeline, t0, 999)).toBe(1);
    expect(updatesUpTo(timeline, t0, 1000)).toBe(3);
    expect(updatesUpTo(timeline, t0, 60_000)).toBe(4);
  });

  it("marks runs, submits, pastes and the candidate's focus changes, in order", () => {
    expect(playbackMarkers(timeline, t0)).toEqual([
      { t: 2000, kind: 'paste', label: 'paste, 120 characters' },
      { t: 3000, kind: 'focus', label: 'window left' },
      { t: 4000, kind: 'run', label: 'run: accepted' },
    ]);
  });
});
