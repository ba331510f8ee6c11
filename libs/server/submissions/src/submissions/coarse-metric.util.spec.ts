import { describe, expect, it } from 'vitest';
import { coarse, coarseMemory, roundUp125, roundUpMemoryKb } from './coarse-metric.util';

describe('roundUp125', () => {
  it('rounds up to the next 1-2-5 step', () => {
    expect([1, 2, 3, 5, 6, 10, 11, 20, 21, 50, 51, 100, 101, 250, 999, 1000, 1001, 4999].map(roundUp125)).toEqual([
      1, 2, 5, 5, 10, 10, 20, 20, 50, 50, 100, 100, 200, 500, 1000, 1000, 2000, 5000,
    ]);
  });
  it('rounds fractions below 1 up to 1 and keeps 0, negatives and NaN at 0', () => {
    expect(roundUp125(0.3)).toBe(1);
    expect(roundUp125(0)).toBe(0);
    expect(roundUp125(-5)).toBe(0);
    expect(roundUp125(Number.NaN)).toBe(0);
  });
  it('never rounds down and leaves few distinct values', () => {
    const seen = new Set<number>();
    const bad: number[] = [];
    for (let v = 1; v <= 10_000; v++) {
      const r = roundUp125(v);
      if (r < v || r > v * 2.5) bad.push(v);
      seen.add(r);
    }
    expect(bad).toEqual([]);
    // 1 ms … 10 s: 13 values, under 4 bits.
    expect(seen.size).toBe(13);
  });
  it('keeps null', () => {
    expect(coarse(null)).toBeNull();
    expect(coarse(7)).toBe(10);
  });
});

describe('roundUpMemoryKb', () => {
  it('rounds up to a 1-2-5 step of MB, so the figure reads as a whole number of MB', () => {
    expect([1, 1024, 1025, 4500, 5120, 5121, 50_000, 266 * 1024].map(roundUpMemoryKb)).toEqual([
      1024,
      1024,
      2048,
      5120,
      5120,
      10_240,
      51_200,
      500 * 1024,
    ]);
    expect(roundUpMemoryKb(0)).toBe(0);
    expect(coarseMemory(null)).toBeNull();
  });
});
