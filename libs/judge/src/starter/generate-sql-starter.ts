import type { SqlSpec } from '../problem/problem-package';
import { parseSqlSchema } from '../problem/sql-schema.util';

/**
 * The starter of a sql problem in one dialect: a comment naming the tables and their columns, and a
 * SELECT skeleton on the first table (the statement says which columns to return).
 */
export function generateSqlStarter(spec: Pick<SqlSpec, 'schema'>, dialect: string): string {
  const tables = parseSqlSchema(spec.schema);
  const lines = [
    `-- ${dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL'}: write one query (SELECT, WITH ... SELECT or VALUES).`,
    '-- Tables:',
    ...tables.map((t) => `--   ${t.name}(${t.columns.map((c) => c.name).join(', ')})`),
    'SELECT *',
    `FROM ${tables[0].name};`,
    '',
  ];
  return lines.join('\n');
}
