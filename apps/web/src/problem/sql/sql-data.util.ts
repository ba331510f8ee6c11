import type { SqlDiffDto, SqlResultSet, SqlTableDto, SqlValue } from '@tryout/contracts';

/** A result set from its JSON text (`.ans` files, and what the judge reports); null when it is not one. */
export function parseResultSet(text: string | undefined): SqlResultSet | null {
  if (text === undefined) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { columns, rows } = value as { columns?: unknown; rows?: unknown };
  if (!Array.isArray(columns) || !columns.every((c) => typeof c === 'string')) return null;
  if (!Array.isArray(rows) || !rows.every((r) => Array.isArray(r) && (r as unknown[]).every(isSqlValue))) return null;
  return { columns: columns, rows: rows as SqlValue[][] };
}

function isSqlValue(v: unknown): v is SqlValue {
  return v === null || typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean';
}

/** How a value is shown in a result table (NULL is told apart from the empty string by the view). */
export function formatSqlValue(value: SqlValue): string {
  if (value === null) return 'NULL';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return String(value);
}

type Token =
  | { kind: 'word'; text: string }
  | { kind: 'string'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'punct'; text: string };

/** The tokens of a data script; null on anything a data script does not contain. */
function tokenize(script: string): Token[] | null {
  const tokens: Token[] = [];
  let i = 0;
  while (i < script.length) {
    const c = script[i];
    if (/\s/.test(c)) {
      i++;
    } else if (script.startsWith('--', i)) {
      const end = script.indexOf('\n', i);
      i = end < 0 ? script.length : end + 1;
    } else if (script.startsWith('/*', i)) {
      const end = script.indexOf('*/', i + 2);
      if (end < 0) return null;
      i = end + 2;
    } else if (c === "'") {
      let text = '';
      i++;
      for (;;) {
        if (i >= script.length) return null;
        if (script[i] === "'") {
          if (script[i + 1] === "'") {
            text += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        text += script[i++];
      }
      tokens.push({ kind: 'string', text });
    } else if (c === '"') {
      const end = script.indexOf('"', i + 1);
      if (end < 0) return null;
      tokens.push({ kind: 'word', text: script.slice(i + 1, end) });
      i = end + 1;
    } else if (/[-+0-9.]/.test(c)) {
      const m = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.exec(script.slice(i));
      if (!m) return null;
      tokens.push({ kind: 'number', value: Number(m[0]) });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_$.]*/.exec(script.slice(i)) as RegExpExecArray;
      tokens.push({ kind: 'word', text: m[0] });
      i += m[0].length;
    } else if ('(),;'.includes(c)) {
      tokens.push({ kind: 'punct', text: c });
      i++;
    } else {
      return null;
    }
  }
  return tokens;
}

/** One INSERT statement: its table, the columns it names (null: all, in table order) and its rows. */
export interface InsertedRows {
  table: string;
  columns: string[] | null;
  rows: SqlValue[][];
}

/**
 * A data script (INSERT statements only, as a SQL problem's test input) read into rows, or null
 * when it holds anything else: the page then shows the script as text.
 */
export function parseDataScript(script: string): InsertedRows[] | null {
  const tokens = tokenize(script);
  if (!tokens) return null;
  const out: InsertedRows[] = [];
  let at = 0;
  const peek = () => tokens[at] as Token | undefined;
  const isWord = (t: Token | undefined, w?: string): t is Token & { kind: 'word' } =>
    t?.kind === 'word' && (w === undefined || t.text.toUpperCase() === w);
  const isPunct = (t: Token | undefined, p: string) => t?.kind === 'punct' && t.text === p;

  const value = (): SqlValue | undefined => {
    const t = tokens[at++] as Token | undefined;
    if (!t) return undefined;
    if (t.kind === 'string') return t.text;
    if (t.kind === 'number') return t.value;
    if (t.kind === 'word') {
      const upper = t.text.toUpperCase();
      if (upper === 'NULL') return null;
      if (upper === 'TRUE') return true;
      if (upper === 'FALSE') return false;
      // DATE '2024-01-31', TIMESTAMP '…': the typed literal shows as its text.
      if (['DATE', 'TIMESTAMP', 'TIME'].includes(upper) && peek()?.kind === 'string')
        return (tokens[at++] as { text: string }).text;
    }
    return undefined;
  };

  while (at < tokens.length) {
    if (isPunct(peek(), ';')) {
      at++;
      continue;
    }
    if (!isWord(tokens[at++], 'INSERT') || !isWord(tokens[at++], 'INTO')) return null;
    const name = tokens[at++];
    if (!isWord(name)) return null;
    let columns: string[] | null = null;
    if (isPunct(peek(), '(')) {
      at++;
      columns = [];
      for (;;) {
        const col = tokens[at++];
        if (!isWord(col)) return null;
        columns.push(col.text);
        const sep = tokens[at++];
        if (isPunct(sep, ')')) break;
        if (!isPunct(sep, ',')) return null;
      }
    }
    if (!isWord(tokens[at++], 'VALUES')) return null;
    const rows: SqlValue[][] = [];
    for (;;) {
      if (!isPunct(tokens[at++], '(')) return null;
      const row: SqlValue[] = [];
      for (;;) {
        const v = value();
        if (v === undefined) return null;
        row.push(v);
        const sep = tokens[at++];
        if (isPunct(sep, ')')) break;
        if (!isPunct(sep, ',')) return null;
      }
      rows.push(row);
      if (!isPunct(peek(), ',')) break;
      at++;
    }
    if (at < tokens.length && !isPunct(peek(), ';')) return null;
    out.push({ table: name.text, columns, rows });
  }
  return out;
}

/** A table of a test's data as the page shows it: the schema's columns and the inserted rows. */
export interface TableData {
  name: string;
  columns: string[];
  rows: SqlValue[][];
}

/**
 * Every schema table with the rows a data script inserts into it, in the schema's column order
 * (columns an INSERT leaves out show NULL); null when the script cannot be read as INSERTs.
 */
export function tablesFromScript(script: string, tables: SqlTableDto[]): TableData[] | null {
  const inserts = parseDataScript(script);
  if (!inserts) return null;
  const result = tables.map((t) => ({ name: t.name, columns: t.columns.map((c) => c.name), rows: [] as SqlValue[][] }));
  for (const insert of inserts) {
    const table = result.find((t) => t.name.toLowerCase() === insert.table.toLowerCase());
    if (!table) return null;
    const order = (insert.columns ?? table.columns).map((c) =>
      table.columns.findIndex((tc) => tc.toLowerCase() === c.toLowerCase()),
    );
    if (order.some((i) => i < 0)) return null;
    for (const row of insert.rows) {
      if (row.length !== order.length) return null;
      const full: SqlValue[] = table.columns.map(() => null);
      order.forEach((col, k) => (full[col] = row[k]));
      table.rows.push(full);
    }
  }
  return result;
}

/**
 * The one-line explanation of the first difference (shown above the marked rows). With `ordered`
 * false the judge compared the rows sorted, so the diff's row number means nothing to the reader.
 */
export function sqlDiffExplanation(
  diff: SqlDiffDto,
  ordered: boolean,
  expectedRows?: number,
  actualRows?: number,
): string {
  if (diff.reason === 'columns') {
    const expected = diff.expectedColumns?.join(', ');
    const actual = diff.actualColumns?.join(', ');
    return expected !== undefined && actual !== undefined
      ? `The columns differ: expected (${expected}), your query returned (${actual}).`
      : 'The columns differ from the expected ones (count, order or names).';
  }
  if (diff.reason === 'row_count') {
    const counts =
      expectedRows !== undefined && actualRows !== undefined
        ? `: expected ${plural(expectedRows, 'row')}, your query returned ${actualRows}`
        : '';
    const where = ordered && diff.row !== null ? ` (from row ${diff.row + 1} on)` : '';
    return `The number of rows differs${counts}${where}.`;
  }
  return ordered
    ? `Row ${(diff.row ?? 0) + 1} differs from the expected one.`
    : 'A row differs (rows are compared in any order): the marked rows do not match.';
}

/**
 * The row to mark on one side: the diff's index when rows are compared in order; otherwise (the
 * judge compared them sorted) the first row equal to the diff's row of that side. -1: none.
 */
export function diffRowIndex(
  rows: SqlValue[][],
  diff: SqlDiffDto,
  side: 'expected' | 'actual',
  ordered: boolean,
): number {
  if (diff.reason === 'columns' || diff.row === null) return -1;
  if (ordered) return diff.row < rows.length ? diff.row : -1;
  const wanted = diff[side];
  if (!wanted) return -1;
  return rows.findIndex((r) => r.length === wanted.length && r.every((v, i) => sameValue(v, wanted[i])));
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Column indexes of a differing row whose values differ (the view marks those cells). */
export function differingCells(diff: SqlDiffDto): Set<number> {
  const cells = new Set<number>();
  if (diff.reason !== 'row' || !diff.expected || !diff.actual) return cells;
  const n = Math.max(diff.expected.length, diff.actual.length);
  for (let i = 0; i < n; i++) if (!sameValue(diff.expected[i], diff.actual[i])) cells.add(i);
  return cells;
}

function sameValue(a: SqlValue | undefined, b: SqlValue | undefined): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a));
  return a === b;
}

/** lang-sql's completion schema: table name → column names. */
export function completionSchema(tables: SqlTableDto[]): Record<string, string[]> {
  return Object.fromEntries(tables.map((t) => [t.name, t.columns.map((c) => c.name)]));
}
