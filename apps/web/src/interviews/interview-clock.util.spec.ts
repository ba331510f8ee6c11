import type { InterviewClockDto } from '@tryout/contracts';
import { describe, expect, it } from 'vitest';
import { formatCountdown, formatDuration, formatElapsed, remainingMs } from './interview-clock.util';

const clock = (serverTime: string, deadlineAt: string | null): InterviewClockDto => ({
  status: 'live',
  serverTime,
  startedAt: null,
  deadlineAt,
  endedAt: null,
  totalMinutes: 30,
});

describe('remainingMs', () => {
  it('counts from the server time, not the browser clock', () => {
    // The browser is an hour off; only the 10 s elapsed locally matter.
    const c = clock('2026-01-01T10:00:00.000Z', '2026-01-01T10:05:00.000Z');
    const received = Date.parse('2026-01-01T11:00:00.000Z');
    expect(remainingMs(c, received, received + 10_000)).toBe(290_000);
  });
  it('never goes below zero and is null before Start', () => {
    const c = clock('2026-01-01T10:00:00.000Z', '2026-01-01T10:00:01.000Z');
    expect(remainingMs(c, 0, 5_000)).toBe(0);
    expect(remainingMs(clock('2026-01-01T10:00:00.000Z', null), 0, 0)).toBeNull();
  });
});

describe('formatCountdown', () => {
  it('shows minutes and seconds, hours when needed', () => {
    expect(formatCountdown(307_000)).toBe('5:07');
    expect(formatCountdown(3_723_000)).toBe('1:02:03');
    expect(formatCountdown(-5)).toBe('0:00');
    expect(formatCountdown(1)).toBe('0:01');
  });
  it('formats durations', () => {
    expect(formatDuration(42)).toBe('42 s');
    expect(formatDuration(600)).toBe('10 min');
    expect(formatDuration(3900)).toBe('1 h 5 min');
  });
});

describe('formatElapsed', () => {
  it('gives the exact time, hours and minutes only when there are some', () => {
    expect(formatElapsed(214)).toBe('3 min 34 s');
    expect(formatElapsed(45)).toBe('45 s');
    expect(formatElapsed(3600 + 125)).toBe('1 h 2 min 5 s');
    expect(formatElapsed(3600)).toBe('1 h 0 min 0 s');
  });
});
