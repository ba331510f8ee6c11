import { describe, expect, it } from 'vitest';
import { compareSqlResults, parseSqlResultSet, sqlValuesEqual } from './sql-result.util';

const set = (rows: (number | string | boolean | null)[][], columns = ['name', 'total']) => ({ columns, rows });

describe('sqlValuesEqual', () => {
  it('compares numbers by value within 1e-6 relative', () => {
    expect(sqlValuesEqual(12.5, 12.5)).toBe(true);
    expect(sqlValuesEqual(3, 3.0)).toBe(true);
    expect(sqlValuesEqual(0.1 + 0.2, 0.3)).toBe(true);
    expect(sqlValuesEqual(1_000_000, 1_000_000.5)).toBe(true);
    expect(sqlValuesEqual(1, 1.001)).toBe(false);
    expect(sqlValuesEqual(0, 1e-9)).toBe(true);
  });
  it('keeps NULL apart from the empty string and from 0', () => {
    expect(sqlValuesEqual(null, null)).toBe(true);
    expect(sqlValuesEqual(null, '')).toBe(false);
    expect(sqlValuesEqual('', null)).toBe(false);
    expect(sqlValuesEqual(null, 0)).toBe(false);
  });
  it('compares text exactly and never as a number', () => {
    expect(sqlValuesEqual('Ann', 'ann')).toBe(false);
    expect(sqlValuesEqual('12.50', 12.5)).toBe(false);
    expect(sqlValuesEqual('2024-01-01', '2024-01-01')).toBe(true);
  });
  it('lets a boolean equal 1/0 (SQLite has no boolean type)', () => {
    expect(sqlValuesEqual(true, 1)).toBe(true);
    expect(sqlValuesEqual(false, 0)).toBe(true);
    expect(sqlValuesEqual(true, 'yes')).toBe(false);
  });
});

describe('compareSqlResults', () => {
  it('accepts the same rows, columns named in another case', () => {
    expect(compareSqlResults(set([['Ann', 12.5]], ['NAME', 'Total']), set([['Ann', 12.5]]), true)).toEqual({
      ok: true,
    });
  });
  it('reports different columns with both lists', () => {
    const r = compareSqlResults(set([['Ann']], ['name']), set([['Ann', 1]]), true);
    expect(r).toMatchObject({
      ok: false,
      diff: { reason: 'columns', row: null, expectedColumns: ['name', 'total'], actualColumns: ['name'] },
    });
  });
  it('ordered: the first differing row, 0-based', () => {
    const r = compareSqlResults(
      set([
        ['Ann', 1],
        ['Cid', 3],
        ['Bob', 2],
      ]),
      set([
        ['Ann', 1],
        ['Bob', 2],
        ['Cid', 3],
      ]),
      true,
    );
    expect(r).toMatchObject({ ok: false, diff: { reason: 'row', row: 1, expected: ['Bob', 2], actual: ['Cid', 3] } });
  });
  it('unordered: rows as a multiset (order ignored, duplicates counted)', () => {
    expect(
      compareSqlResults(
        set([
          ['Bob', 2],
          ['Ann', 1],
        ]),
        set([
          ['Ann', 1],
          ['Bob', 2],
        ]),
        false,
      ),
    ).toEqual({ ok: true });
    const dup = compareSqlResults(
      set([
        ['Ann', 1],
        ['Ann', 1],
      ]),
      set([
        ['Ann', 1],
        ['Bob', 2],
      ]),
      false,
    );
    expect(dup.ok).toBe(false);
    expect(
      compareSqlResults(
        set([
          ['a', 0.30000000000000004],
          ['b', 1],
        ]),
        set([
          ['b', 1],
          ['a', 0.3],
        ]),
        false,
      ),
    ).toEqual({
      ok: true,
    });
  });
  it('a missing or extra row is a row-count difference at the first row past the shorter', () => {
    const r = compareSqlResults(
      set([['Ann', 1]]),
      set([
        ['Ann', 1],
        ['Bob', 2],
      ]),
      true,
    );
    expect(r).toMatchObject({ ok: false, diff: { reason: 'row_count', row: 1, expected: ['Bob', 2], actual: null } });
    expect(r.ok === false && r.reason).toBe('expected 2 rows, got 1');
    const extra = compareSqlResults(
      set([
        ['Ann', 1],
        ['Bob', 2],
      ]),
      set([['Ann', 1]]),
      true,
    );
    expect(extra).toMatchObject({
      ok: false,
      diff: { reason: 'row_count', row: 1, expected: null, actual: ['Bob', 2] },
    });
  });
  it('NULL against an empty string is a difference', () => {
    expect(compareSqlResults(set([['Ann', null]]), set([['Ann', '']]), true).ok).toBe(false);
  });
  it('empty results equal', () => {
    expect(compareSqlResults(set([]), set([]), false)).toEqual({ ok: true });
  });
});

describe('parseSqlResultSet', () => {
  it('reads the .ans shape', () => {
    expect(parseSqlResultSet('{"columns":["a"],"rows":[[1],[null]]}')).toEqual({ columns: ['a'], rows: [[1], [null]] });
  });
  it('says what is wrong', () => {
    expect(() => parseSqlResultSet('[1]')).toThrow(/object/);
    expect(() => parseSqlResultSet('{"columns":["a"],"rows":[[1,2]]}')).toThrow(/row 1 has 2 values for 1 columns/);
    expect(() => parseSqlResultSet('{"columns":["a"],"rows":[[{}]]}')).toThrow(/row 1/);
    expect(() => parseSqlResultSet('{"columns":[1],"rows":[]}')).toThrow(/columns/);
  });
});
