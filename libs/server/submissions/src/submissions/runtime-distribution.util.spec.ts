import { describe, expect, it } from 'vitest';
import { roundUp125 } from './coarse-metric.util';
import { beatsPercent, rangeBuckets, stepBelow, stepBuckets } from './runtime-distribution.util';

describe('stepBelow', () => {
  it('gives the 1-2-5 step under each step, 0 under 1 ms', () => {
    expect([0, 1, 2, 5, 10, 20, 50, 100, 1000, 2000, 5000].map(stepBelow)).toEqual([
      0, 0, 1, 2, 5, 10, 20, 50, 500, 1000, 2000,
    ]);
  });

  it('bounds exactly the runtimes that round up to the step', () => {
    for (const step of [1, 2, 5, 10, 20, 50, 100, 200, 500]) {
      expect(roundUp125(stepBelow(step) + 0.5)).toBe(step);
      if (stepBelow(step) > 0) expect(roundUp125(stepBelow(step))).toBe(stepBelow(step));
    }
  });
});

describe('beatsPercent (mid-rank)', () => {
  it('counts ties as half', () => {
    // Two submissions at the same rounded figure: neither beats nor trails the other.
    expect(beatsPercent([{ ms: 100, count: 2 }], 100)).toBe(50);
    // 10, 20, 50, 50 (and mine at 50), 100: one slower, two tied, of five others.
    const values = [
      { ms: 10, count: 1 },
      { ms: 20, count: 1 },
      { ms: 50, count: 3 },
      { ms: 100, count: 1 },
    ];
    expect(beatsPercent(values, 50)).toBe(40);
    expect(beatsPercent(values, 10)).toBe(100);
    expect(beatsPercent(values, 100)).toBe(0);
  });

  it('is 100 for the only submission, and plain "slower" without ties', () => {
    expect(beatsPercent([{ ms: 7, count: 1 }], 7)).toBe(100);
    expect(
      beatsPercent(
        [10, 20, 25, 30, 40, 100].map((ms) => ({ ms, count: 1 })),
        25,
      ),
    ).toBe(60);
  });
});

describe('stepBuckets', () => {
  it('has one bucket per step present, fastest first, from the step below', () => {
    expect(
      stepBuckets([
        { ms: 100, count: 1 },
        { ms: 50, count: 2 },
        { ms: 10, count: 1 },
        { ms: 50, count: 1 },
      ]),
    ).toEqual([
      { fromMs: 5, toMs: 10, count: 1 },
      { fromMs: 20, toMs: 50, count: 3 },
      { fromMs: 50, toMs: 100, count: 1 },
    ]);
  });

  it('all tied: one bar, not ten slivers of one step', () => {
    expect(stepBuckets([{ ms: 100, count: 2 }])).toEqual([{ fromMs: 50, toMs: 100, count: 2 }]);
  });
});

describe('rangeBuckets', () => {
  it('splits the exact range into equal widths', () => {
    const buckets = rangeBuckets(
      [10, 20, 25, 30, 40, 100].map((ms) => ({ ms, count: 1 })),
      10,
    );
    expect(buckets.map((b) => b.count)).toEqual([1, 2, 1, 1, 0, 0, 0, 0, 0, 1]);
    expect(buckets[0].fromMs).toBe(10);
    expect(buckets[9].toMs).toBe(101);
  });

  it('never cuts a range narrower than 1 ms', () => {
    expect(rangeBuckets([{ ms: 100, count: 2 }], 10)).toEqual([{ fromMs: 100, toMs: 101, count: 2 }]);
    expect(
      rangeBuckets(
        [
          { ms: 100, count: 1 },
          { ms: 102, count: 1 },
        ],
        10,
      ),
    ).toEqual([
      { fromMs: 100, toMs: 101, count: 1 },
      { fromMs: 101, toMs: 102, count: 0 },
      { fromMs: 102, toMs: 103, count: 1 },
    ]);
  });
});
