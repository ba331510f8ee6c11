/**
 * SQL problems (`type: sql`): the contract between the judge, the API and the web app.
 *
 * A test's input is a data script (INSERT statements) loaded into a fresh database created from
 * the problem's schema (`schema.sql`); its answer, and what a candidate's query produced, is a
 * typed result set encoded as JSON (`SqlResultSet`).
 */

/** One value of a result set: numbers by value, text (dates as `YYYY-MM-DD`, timestamps as `YYYY-MM-DD HH:MM:SS`), NULL. */
export type SqlValue = number | string | boolean | null;

/** A result set as the judge compares it (`.ans` files hold exactly this JSON). */
export interface SqlResultSet {
  columns: string[];
  rows: SqlValue[][];
}

export interface SqlColumnDto {
  name: string;
  /** The declared type as written in schema.sql (e.g. `INTEGER`, `VARCHAR(40)`, `NUMERIC(10,2)`). */
  type: string;
  primaryKey?: boolean;
  /** `table.column` this column references, when declared. */
  references?: string;
}

export interface SqlTableDto {
  name: string;
  columns: SqlColumnDto[];
  /** Rows of the first sample's data for this table (what the page shows under the table). */
  sampleRows: SqlValue[][];
}

/** `ProblemDetailDto.sql` for `type: sql` problems. */
export interface SqlProblemDto {
  /** Offered dialects: language ids of the SQL packs (`postgresql`, `sqlite`). */
  dialects: string[];
  /** Whether row order is compared (the statement then says how to order). */
  ordered: boolean;
  tables: SqlTableDto[];
}

/**
 * `TestResultDto.sqlDiff` on a wrong answer of a visible test: the first place the candidate's
 * result differs from the expected one. `row` is 0-based; null when the columns differ.
 */
export interface SqlDiffDto {
  reason: 'columns' | 'row_count' | 'row';
  row: number | null;
  expected: SqlValue[] | null;
  actual: SqlValue[] | null;
  /** Expected and actual column names when `reason` is `columns`. */
  expectedColumns?: string[];
  actualColumns?: string[];
}
