import type { SqlTableDto } from '@tryout/contracts';
import { parseSqlResultSet } from '../compare/sql-result.util';
import type { PackageIssue } from './package-checks.util';
import type { ProblemPackage } from './problem-package';
import { checkSqlDataScript } from './sql-data-script.util';
import { parseSqlDataRows, parseSqlSchema } from './sql-schema.util';

/** What a sql problem needs beyond the common checks (docs/problem-format.md, "SQL problems"). Pure. */
export function checkSqlPackage(pkg: ProblemPackage): PackageIssue[] {
  const issues: PackageIssue[] = [];
  const error = (message: string) => issues.push({ level: 'error', message });
  const sql = pkg.sql;
  if (!sql) return [{ level: 'error', message: 'a sql problem needs schema.sql and the sql: block' }];
  if (!sql.schema.trim()) error('schema.sql is empty');
  // The page shows the tables and the first sample's rows: both must parse.
  let tables: SqlTableDto[] = [];
  try {
    tables = parseSqlSchema(sql.schema);
  } catch (err) {
    error((err as Error).message);
  }
  const firstSample = pkg.tests.find((t) => t.group === 'sample');
  if (tables.length && firstSample) {
    try {
      parseSqlDataRows(firstSample.input, tables);
    } catch (err) {
      error(`${firstSample.name}.in: ${(err as Error).message}`);
    }
  }
  for (const test of pkg.tests) {
    const bad = checkSqlDataScript(test.input);
    if (bad) error(`${test.name}.in: ${bad}`);
    try {
      parseSqlResultSet(test.answer);
    } catch (err) {
      error(
        `${test.name}.ans: not a result set (${(err as Error).message}); write {"columns": [...], "rows": [[...]]}`,
      );
    }
  }
  for (const s of pkg.submissions) {
    if (!sql.dialects.includes(s.language))
      error(`submissions/${s.path}: ${s.language} is not one of the problem's dialects (${sql.dialects.join(', ')})`);
  }
  for (const dialect of sql.dialects) {
    const accepted = pkg.submissions.some(
      (s) => s.language === dialect && s.expected.length === 1 && s.expected[0] === 'accepted',
    );
    if (!accepted) error(`no accepted submission in ${dialect} (submissions/accepted/*.sql or *.${dialect}.sql)`);
  }
  if (pkg.validation.kind === 'custom') error('sql problems compare result sets: no output validator');
  return issues;
}
