import { isSqlLanguage, type LanguageId, SQL_LANGUAGE_IDS } from '@tryout/contracts';
import type { SqlSpec } from './problem-package';

/** A sql problem's tables: CREATE TABLE statements, in the package's root. */
export const SQL_SCHEMA_FILE = 'schema.sql';

/** SQL problems need more hidden tests than the loader's general minimum (docs/problem-format.md). */
export const SQL_MINIMUMS = { samples: 2, secret: 6 } as const;

/** problem.yaml's `sql:` block (dialects, ordered), with what is wrong in it. */
export function parseSqlBlock(block: unknown): { spec?: Omit<SqlSpec, 'schema'>; errors: string[] } {
  const errors: string[] = [];
  if (!block || typeof block !== 'object' || Array.isArray(block))
    return { errors: ['a sql problem needs a `sql:` block with dialects and ordered'] };
  const { dialects, ordered } = block as Record<string, unknown>;
  const known = SQL_LANGUAGE_IDS.join(', ');
  if (!Array.isArray(dialects) || dialects.length === 0) errors.push(`sql.dialects: a non-empty list of ${known}`);
  else {
    for (const d of dialects)
      if (typeof d !== 'string' || !isSqlLanguage(d))
        errors.push(`sql.dialects: "${String(d)}" is not a SQL dialect (known: ${known})`);
    if (new Set(dialects).size !== dialects.length) errors.push('sql.dialects: a dialect is listed twice');
  }
  if (typeof ordered !== 'boolean') errors.push('sql.ordered: true (row order compared) or false (rows as a multiset)');
  if (errors.length) return { errors };
  return { spec: { dialects: dialects as LanguageId[], ordered: ordered as boolean }, errors };
}

/**
 * The dialects a SQL submission file is judged in: `x.<dialect>.sql` in that one, `x.sql` in every
 * dialect the problem offers. A string says why the file is skipped.
 */
export function sqlSubmissionDialects(fileName: string, offered: readonly LanguageId[]): LanguageId[] | string {
  const lower = fileName.toLowerCase();
  if (!lower.endsWith('.sql')) return 'a sql problem takes .sql submissions';
  const m = /\.([a-z0-9]+)\.sql$/.exec(lower);
  if (m && isSqlLanguage(m[1])) {
    if (!offered.includes(m[1])) return `${m[1]} is not one of the problem's dialects (${offered.join(', ')})`;
    return [m[1]];
  }
  return [...offered];
}
