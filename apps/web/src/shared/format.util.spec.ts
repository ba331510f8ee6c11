import { describe, expect, it } from 'vitest';
import { formatMemory, formatMs, formatPercent, formatRelative, verdictColor, verdictLabel } from './format.util';

describe('format.util', () => {
  it('formats durations', () => {
    expect(formatMs(0)).toBe('0 ms');
    expect(formatMs(12.4)).toBe('12 ms');
    expect(formatMs(1500)).toBe('1.50 s');
    expect(formatMs(null)).toBe('—');
  });

  it('formats memory', () => {
    expect(formatMemory(512)).toBe('512 KB');
    expect(formatMemory(2048)).toBe('2.0 MB');
    expect(formatMemory(undefined)).toBe('—');
  });

  it('formats ratios as percentages', () => {
    expect(formatPercent(0.5)).toBe('50.0%');
    expect(formatPercent(1 / 3)).toBe('33.3%');
    expect(formatPercent(null)).toBe('—');
  });

  it('formats relative times', () => {
    const now = new Date('2026-01-10T12:00:00Z');
    expect(formatRelative('2026-01-10T11:59:50Z', now)).toBe('just now');
    expect(formatRelative('2026-01-10T11:30:00Z', now)).toBe('30 min ago');
    expect(formatRelative('2026-01-10T09:00:00Z', now)).toBe('3 h ago');
    expect(formatRelative('2026-01-08T12:00:00Z', now)).toBe('2 d ago');
    expect(formatRelative('2025-12-01T12:00:00Z', now)).toBe('2025-12-01');
  });

  it('labels and colours verdicts', () => {
    expect(verdictLabel('wrong_answer')).toBe('Wrong Answer');
    expect(verdictLabel(null, 'compiling')).toBe('Compiling');
    expect(verdictColor('accepted')).toBe('teal');
    expect(verdictColor('runtime_error')).toBe('red');
  });
});
