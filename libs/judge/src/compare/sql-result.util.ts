import type { SqlDiffDto, SqlResultSet, SqlValue } from '@tryout/contracts';

/** Relative tolerance for numbers (12.50 == 12.5; AVG's last digits differ between dialects). */
export const SQL_NUMBER_TOLERANCE = 1e-6;

export type SqlCompareResult = { ok: true } | { ok: false; reason: string; diff: SqlDiffDto };

function isValue(v: unknown): v is SqlValue {
  return v === null || typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean';
}

/** Parses a result set (an `.ans` file, a runner's output); throws with what is wrong. */
export function parseSqlResultSet(text: string): SqlResultSet {
  const value: unknown = JSON.parse(text);
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('not a JSON object');
  const { columns, rows } = value as Record<string, unknown>;
  if (!Array.isArray(columns) || !columns.every((c) => typeof c === 'string'))
    throw new Error('"columns" must be a list of names');
  if (!Array.isArray(rows)) throw new Error('"rows" must be a list of rows');
  rows.forEach((row, i) => {
    if (!Array.isArray(row)) throw new Error(`row ${i + 1} is not a list`);
    if (row.length !== columns.length)
      throw new Error(`row ${i + 1} has ${row.length} values for ${columns.length} columns`);
    if (!row.every(isValue))
      throw new Error(`row ${i + 1} holds something that is not a number, text, boolean or null`);
  });
  return { columns: columns, rows: rows as SqlValue[][] };
}

/** Two numbers equal within the relative tolerance (absolute near zero). */
function numbersEqual(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= SQL_NUMBER_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Two values equal as the judge sees them: numbers by value (an integer equals the same numeric),
 * NULL only equals NULL (never ''), text exactly, booleans equal the same boolean or 1/0 (SQLite
 * has no boolean type).
 */
export function sqlValuesEqual(a: SqlValue, b: SqlValue): boolean {
  if (a === null || b === null) return a === b;
  if (typeof a === 'boolean' || typeof b === 'boolean') {
    const num = (v: number | string | boolean) => (typeof v === 'boolean' ? (v ? 1 : 0) : v);
    return num(a) === num(b);
  }
  if (typeof a === 'number' && typeof b === 'number') return numbersEqual(a, b);
  return a === b;
}

function rowsEqual(a: SqlValue[], b: SqlValue[]): boolean {
  return a.length === b.length && a.every((v, i) => sqlValuesEqual(v, b[i]));
}

/** A sort key that puts equal-looking rows together: numbers rounded to the tolerance's scale. */
function rowKey(row: SqlValue[]): string {
  return JSON.stringify(
    row.map((v) => {
      if (typeof v === 'boolean') return ['n', v ? 1 : 0];
      if (typeof v === 'number') return ['n', Number(v.toPrecision(6))];
      if (v === null) return ['z'];
      return ['s', v];
    }),
  );
}

const show = (row: SqlValue[] | null): string => (row ? JSON.stringify(row) : 'no row');

/**
 * Compares the candidate's result set with the expected one: the same columns (count and order,
 * names case-insensitively), then the rows in order when `ordered`, else as a multiset. On a
 * difference, says where (SqlDiffDto: the first differing row, 0-based).
 */
export function compareSqlResults(actual: SqlResultSet, expected: SqlResultSet, ordered: boolean): SqlCompareResult {
  const sameColumns =
    actual.columns.length === expected.columns.length &&
    actual.columns.every((c, i) => c.toLowerCase() === expected.columns[i].toLowerCase());
  if (!sameColumns)
    return {
      ok: false,
      reason: `expected the columns ${JSON.stringify(expected.columns)}, got ${JSON.stringify(actual.columns)}`,
      diff: {
        reason: 'columns',
        row: null,
        expected: null,
        actual: null,
        expectedColumns: expected.columns,
        actualColumns: actual.columns,
      },
    };
  let got = actual.rows;
  let want = expected.rows;
  if (!ordered) {
    const byKey = (a: SqlValue[], b: SqlValue[]) => {
      const ka = rowKey(a);
      const kb = rowKey(b);
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    };
    got = [...got].sort(byKey);
    want = [...want].sort(byKey);
    if (got.length === want.length && got.every((r, i) => rowsEqual(r, want[i]))) return { ok: true };
    // Sorting by rounded keys can misalign values that are equal only within the tolerance:
    // match greedily before calling it wrong.
    if (got.length === want.length && got.length <= 2000 && multisetEqual(got, want)) return { ok: true };
  }
  const n = Math.min(got.length, want.length);
  for (let i = 0; i < n; i++) {
    if (!rowsEqual(got[i], want[i]))
      return {
        ok: false,
        reason: `${ordered ? 'row' : 'sorted row'} ${i + 1} differs: expected ${show(want[i])}, got ${show(got[i])}`,
        diff: { reason: 'row', row: i, expected: want[i], actual: got[i] },
      };
  }
  if (got.length !== want.length)
    return {
      ok: false,
      reason: `expected ${want.length} row${want.length === 1 ? '' : 's'}, got ${got.length}`,
      diff: { reason: 'row_count', row: n, expected: want[n] ?? null, actual: got[n] ?? null },
    };
  return { ok: true };
}

function multisetEqual(a: SqlValue[][], b: SqlValue[][]): boolean {
  const left = [...b];
  for (const row of a) {
    const at = left.findIndex((r) => rowsEqual(r, row));
    if (at < 0) return false;
    left.splice(at, 1);
  }
  return left.length === 0;
}
