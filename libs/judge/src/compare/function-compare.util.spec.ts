import { describe, expect, it } from 'vitest';
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
