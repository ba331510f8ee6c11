import { describe, expect, it } from 'vitest';
import { sessionTimeMs } from './session-time.util';

const start = new Date('2026-12-01T10:00:00Z');
const at = (ms: number) => new Date(start.getTime() + ms);
const base = { startedAt: start, deadlineAt: at(3_600_000), endedAt: null, cancelledAt: null };

describe('sessionTimeMs', () => {
  it('is null before Start', () => {
    expect(sessionTimeMs({ ...base, startedAt: null, deadlineAt: null }, at(5))).toBeNull();
  });

  it('counts ms since Start while live', () => {
    expect(sessionTimeMs(base, at(83_250))).toBe(83_250);
  });

  it('stays at the deadline after it, even before the finaliser ran', () => {
    expect(sessionTimeMs(base, at(7_200_000))).toBe(3_600_000);
  });

  it('stays at the end of a session ended early or cancelled', () => {
    expect(sessionTimeMs({ ...base, endedAt: at(60_000) }, at(600_000))).toBe(60_000);
    expect(sessionTimeMs({ ...base, cancelledAt: at(90_000) }, at(600_000))).toBe(90_000);
  });

  it('never goes negative', () => {
    expect(sessionTimeMs(base, at(-1000))).toBe(0);
  });
});
