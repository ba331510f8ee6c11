import { describe, expect, it } from 'vitest';
import { canonicalNumber, compactJsonText, parseExactJson, stringifyExactJson } from './exact-json.util';

describe('parseExactJson', () => {
  it('keeps integers beyond 2^53 exact as bigint, and small numbers as numbers', () => {
    expect(parseExactJson('[1,-2,2.5,9007199254740991]')).toEqual([1, -2, 2.5, 9007199254740991]);
    expect(parseExactJson('9007199254740993')).toBe(9007199254740993n);
    expect(parseExactJson('-9223372036854775808')).toBe(-9223372036854775808n);
    expect(parseExactJson('1' + '0'.repeat(400))).toBe(10n ** 400n);
  });

  it('reads the same on the fast path (no long digit runs) as on the lossless one', () => {
    expect(parseExactJson('[123456789012345,-0.5,"x",true,null,[]]')).toEqual([
      123456789012345,
      -0.5,
      'x',
      true,
      null,
      [],
    ]);
    expect(parseExactJson('[1e99,1E-300]')).toEqual([1e99, 1e-300]);
    expect(parseExactJson('9999999999999999')).toBe(9999999999999999n);
    expect(parseExactJson('{"a":[1]}')).toEqual({ a: [1] });
    expect(() => parseExactJson('{"a":1,"a":2}')).toThrow();
  });

  it('rejects what is not exactly one JSON value: NaN, Infinity, trailing text, two values, nothing', () => {
    for (const bad of ['NaN', '[1,NaN]', 'Infinity', '-Infinity', '[1]x', '1 2', '[1][2]', '', '  ', '{x', '1e400']) {
      expect(() => parseExactJson(bad), bad).toThrow();
    }
  });
});

describe('stringifyExactJson', () => {
  it('writes bigints digit for digit', () => {
    expect(stringifyExactJson([1n, 2.5, 'a', null, [true], 10n ** 30n])).toBe(
      '[1,2.5,"a",null,[true],1000000000000000000000000000000]',
    );
    expect(stringifyExactJson({ b: 1, a: 9007199254740993n })).toBe('{"b":1,"a":9007199254740993}');
  });
});

describe('canonicalNumber', () => {
  it('is equal exactly for equal values: 1.0 is 1, -0 is 0, 2^63 differs from 2^63 - 1', () => {
    expect(canonicalNumber(1.0)).toBe(canonicalNumber(1));
    expect(canonicalNumber(-0)).toBe('0');
    expect(canonicalNumber(2 ** 63)).toBe('9223372036854775808');
    expect(canonicalNumber(2n ** 63n)).toBe(canonicalNumber(2 ** 63));
    expect(canonicalNumber(2n ** 63n - 1n)).not.toBe(canonicalNumber(2 ** 63));
    expect(canonicalNumber(1e20)).toBe('100000000000000000000');
    expect(canonicalNumber(0.1)).toBe('0.1');
  });
});

describe('compactJsonText', () => {
  it('drops whitespace between tokens only', () => {
    expect(compactJsonText('[2, 3]\n')).toBe('[2,3]');
    expect(compactJsonText('{ "a b": [1, "x , y"],\n "c\\" d": null }')).toBe('{"a b":[1,"x , y"],"c\\" d":null}');
    expect(compactJsonText('1.50')).toBe('1.50');
  });
});
