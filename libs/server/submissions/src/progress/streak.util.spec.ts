import { describe, expect, it } from 'vitest';
import { streaks, utcDay } from './streak.util';

describe('streaks', () => {
  it('counts the current streak from today or yesterday', () => {
    expect(streaks([8, 9, 10], 10)).toEqual({ current: 3, longest: 3 });
    expect(streaks([8, 9], 10)).toEqual({ current: 2, longest: 2 });
    expect(streaks([7, 8], 10)).toEqual({ current: 0, longest: 2 });
  });
  it('finds the longest run anywhere, ignoring duplicates', () => {
    expect(streaks([1, 2, 3, 3, 4, 9, 10], 10)).toEqual({ current: 2, longest: 4 });
    expect(streaks([], 10)).toEqual({ current: 0, longest: 0 });
  });
  it('uses UTC days', () => {
    expect(utcDay(new Date('2026-01-02T23:59:59Z')) - utcDay(new Date('2026-01-02T00:00:00Z'))).toBe(0);
    expect(utcDay(new Date('2026-01-03T00:00:00Z')) - utcDay(new Date('2026-01-02T23:59:59Z'))).toBe(1);
  });
});
