import { describe, expect, it } from 'vitest';
import { stableHash, stableStringify } from './stable-json.util';

describe('stableStringify', () => {
  it('ignores key order at every level', () => {
    expect(stableStringify({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(
      stableStringify({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }),
    );
  });
  it('keeps array order', () => {
    expect(stableHash([1, 2])).not.toBe(stableHash([2, 1]));
  });
  it('drops undefined like JSON', () => {
    expect(stableStringify({ a: undefined, b: 1 })).toBe('{"b":1}');
  });
});
