import { describe, expect, it } from 'vitest';
import { checkSafetyMargin, deriveTimeLimitMs } from './time-limit.util';

describe('deriveTimeLimitMs', () => {
  it('multiplies the slowest accepted time and rounds up to whole seconds', () => {
    expect(deriveTimeLimitMs(120, 2)).toBe(1000);
    expect(deriveTimeLimitMs(600, 2)).toBe(2000);
    expect(deriveTimeLimitMs(500, 2)).toBe(1000);
    expect(deriveTimeLimitMs(2968, 5)).toBe(15000);
  });
  it('never goes below one resolution step and honours other resolutions', () => {
    expect(deriveTimeLimitMs(0, 5)).toBe(1000);
    expect(deriveTimeLimitMs(130, 2, 100)).toBe(300);
  });
});

describe('checkSafetyMargin', () => {
  it('passes when slowest × margin fits in the limit', () => {
    expect(checkSafetyMargin(600, 1000, 1.5)).toBeUndefined();
    expect(checkSafetyMargin(500, 1000, 2)).toBeUndefined();
  });
  it('explains when it does not', () => {
    expect(checkSafetyMargin(700, 1000, 1.5)).toBe(
      'slowest accepted test takes 700 ms: within a factor 1.5 of the 1000 ms limit (needs ≤ 666 ms)',
    );
  });
});
