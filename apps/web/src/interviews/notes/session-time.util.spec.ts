import { describe, expect, it } from 'vitest';
import { formatSessionTime, playbackHref } from './session-time.util';

describe('formatSessionTime', () => {
  it('shows mm:ss, rounding down to the second', () => {
    expect(formatSessionTime(0)).toBe('00:00');
    expect(formatSessionTime(83_999)).toBe('01:23');
    expect(formatSessionTime(3_600_000 + 5_000)).toBe('60:05');
  });

  it('never shows a negative time', () => {
    expect(formatSessionTime(-500)).toBe('00:00');
  });
});

describe('playbackHref', () => {
  it('points at the playback at that session time', () => {
    expect(playbackHref('abc', 83_250)).toBe('/interviews/abc/playback?t=83250');
  });
});
