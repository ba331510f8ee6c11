import { describe, expect, it } from 'vitest';
import { parseExactJson } from './exact-json.util';
import { compareClassResults, compareFunctionResult, valuesMatch } from './function-compare.util';

describe('valuesMatch', () => {
  it('exact: JSON equality with numbers by value and object keys in any order', () => {
    expect(valuesMatch([1, 2], [1, 2], 'exact')).toBe(true);
    expect(valuesMatch([2, 1], [1, 2], 'exact')).toBe(false);
    expect(valuesMatch(1.0, 1, 'exact')).toBe(true);
    expect(valuesMatch(-0, 0, 'exact')).toBe(true);
    expect(valuesMatch('1', 1, 'exact')).toBe(false);
    expect(valuesMatch(null, [], 'exact')).toBe(false);
    expect(valuesMatch(true, 1, 'exact')).toBe(false);
    expect(valuesMatch({ a: 1, b: [2] }, { b: [2], a: 1 }, 'exact')).toBe(true);
    expect(valuesMatch([[1, 2], [3]], [[1, 2], [3]], 'exact')).toBe(true);
  });
  it('any_order: top-level array as a multiset, inner order kept', () => {
    expect(valuesMatch([3, 1, 2], [1, 2, 3], 'any_order')).toBe(true);
    expect(valuesMatch([1, 1, 2], [1, 2, 2], 'any_order')).toBe(false);
    expect(valuesMatch([1, 2], [1, 2, 2], 'any_order')).toBe(false);
    expect(valuesMatch([[2, 1], [3]], [[3], [2, 1]], 'any_order')).toBe(true);
    expect(valuesMatch([[1, 2], [3]], [[3], [2, 1]], 'any_order')).toBe(false);
    expect(valuesMatch(5, 5, 'any_order')).toBe(true);
    expect(valuesMatch(5, [5], 'any_order')).toBe(false);
  });
  it('any_order_deep: every array level as a multiset (group anagrams)', () => {
    expect(valuesMatch([['tan', 'nat'], ['bat']], [['bat'], ['nat', 'tan']], 'any_order_deep')).toBe(true);
    expect(valuesMatch([['tan'], ['nat', 'bat']], [['bat'], ['nat', 'tan']], 'any_order_deep')).toBe(false);
    expect(valuesMatch([[1, 1], [2]], [[2], [1]], 'any_order_deep')).toBe(false);
  });
  it('float:<eps>: numbers within absolute or relative eps, structure exact', () => {
    expect(valuesMatch(0.3333, 1 / 3, 'float:1e-3')).toBe(true);
    expect(valuesMatch(0.34, 1 / 3, 'float:1e-3')).toBe(false);
    expect(valuesMatch(1000.5, 1000, 'float:1e-3')).toBe(true); // relative
    expect(valuesMatch([1.0001, 2], [1, 2], 'float:1e-3')).toBe(true);
    expect(valuesMatch([1, 2], [1, 2, 3], 'float:1e-3')).toBe(false);
    expect(valuesMatch(['a', 1.00001], ['a', 1], 'float:1e-4')).toBe(true);
    expect(valuesMatch('1', 1, 'float:1e-4')).toBe(false);
    expect(valuesMatch(null, 1, 'float:1e-4')).toBe(false);
  });
});

describe('valuesMatch with numbers beyond doubles', () => {
  it('compares big integers exactly, in every mode', () => {
    const p = parseExactJson;
    expect(valuesMatch(p('9223372036854775807'), p('9223372036854775807'), 'exact')).toBe(true);
    // As doubles these two are the same number; exactly they are not.
    expect(valuesMatch(p('9223372036854775808'), p('9223372036854775807'), 'exact')).toBe(false);
    expect(valuesMatch(p('9007199254740993'), p('9007199254740992'), 'exact')).toBe(false);
    expect(valuesMatch(p('1' + '0'.repeat(400)), p('5'), 'exact')).toBe(false);
    expect(valuesMatch(p('1' + '0'.repeat(400)), p('1' + '0'.repeat(400)), 'exact')).toBe(true);
    expect(valuesMatch(p('[18446744073709551615,1]'), p('[1,18446744073709551615]'), 'any_order')).toBe(true);
    expect(valuesMatch(p('[[18446744073709551615],[1]]'), p('[[1],[18446744073709551614]]'), 'any_order_deep')).toBe(
      false,
    );
    // An integral double equals the same integer written out.
    expect(valuesMatch(p('1e20'), p('100000000000000000000'), 'exact')).toBe(true);
    expect(valuesMatch(p('1.0'), p('1'), 'exact')).toBe(true);
  });

  it('keeps the float tolerance for doubles, and compares big integers within it too', () => {
    expect(valuesMatch(p2('0.33333'), p2('0.333333333'), 'float:1e-3')).toBe(true);
    expect(valuesMatch(p2('9223372036854775807'), p2('9223372036854775806'), 'float:1e-6')).toBe(true);
    expect(valuesMatch(p2('9223372036854775807'), p2('9223372036854775807'), 'float:0')).toBe(true);
    expect(valuesMatch(p2('1' + '0'.repeat(400)), p2('1'), 'float:1e-3')).toBe(false);
  });

  it('shows big values exactly in the reason', () => {
    expect(compareFunctionResult(p2('9223372036854775808'), p2('9223372036854775807'), 'exact')).toEqual({
      ok: false,
      reason: 'expected 9223372036854775807, got 9223372036854775808',
    });
    const r = compareFunctionResult(p2('1' + '0'.repeat(400)), 5, 'exact');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/^expected 5, got 10000000000/);
  });
});

const p2 = parseExactJson;

describe('compareFunctionResult', () => {
  it('gives a short reason', () => {
    expect(compareFunctionResult([0, 1], [0, 1], 'exact')).toEqual({ ok: true });
    expect(compareFunctionResult([1, 0], [0, 2], 'any_order')).toEqual({
      ok: false,
      reason: 'expected [0,2], got [1,0]',
    });
    const r = compareFunctionResult(
      Array.from({ length: 1000 }, () => 7),
      [],
      'exact',
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.length).toBeLessThan(200);
  });
});

describe('compareClassResults', () => {
  const ops = ['LRUCache', 'put', 'get', 'get'];
  it('compares call by call and names the first bad call', () => {
    expect(compareClassResults([null, null, 1, -1], [null, null, 1, -1], 'exact', ops)).toEqual({ ok: true });
    expect(compareClassResults([null, null, 1, 5], [null, null, 1, -1], 'exact', ops)).toEqual({
      ok: false,
      reason: 'call 4 (get): expected -1, got 5',
    });
  });
  it('reports a wrong number of results and non-arrays', () => {
    expect(compareClassResults([null, null], [null, null, 1], 'exact')).toEqual({
      ok: false,
      reason: 'expected 3 results, got 2',
    });
    expect(compareClassResults(3, [null], 'exact').ok).toBe(false);
  });
  it('applies the mode to each call result', () => {
    expect(compareClassResults([null, [2, 1]], [null, [1, 2]], 'any_order')).toEqual({ ok: true });
  });
});
