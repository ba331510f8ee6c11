import { join } from 'node:path';
import type { LanguagePack, SqlSupport } from '../language-pack';
import { readPackFile } from '../pack-file.util';

/** The SQL runners, real Python tested in both runner images (test/test_tryout_sql.py). */
export const SQL_RUNTIME_DIR = join(__dirname, 'runtime');
/** The candidate's statement and the problem's schema, beside the runner in the work dir. */
export const SQL_QUERY_FILE = 'query.sql';
export const SQL_SCHEMA_FILE = 'schema.sql';
/** Replaced in `SqlSupport.run` by the statement's time limit in milliseconds. */
export const SQL_TIME_LIMIT_ARG = '{timeLimitMs}';

const COMMON = 'tryout_sql.py';

/** The runner files and argv of one dialect (`tryout_<dialect>.py`). */
export function sqlSupport(dialect: string, overheadMs: number, server?: SqlSupport['server']): SqlSupport {
  const runner = `tryout_${dialect}.py`;
  return {
    ...(server ? { server } : {}),
    files: [COMMON, runner].map((path) => ({ path, content: readPackFile(SQL_RUNTIME_DIR, path) })),
    prepare: ['python3', '-B', runner, 'prepare'],
    run: ['python3', '-B', runner, 'run', SQL_TIME_LIMIT_ARG],
    overheadMs,
  };
}

/** The facts both SQL packs share. */
export function sqlPackBase(
  dialect: string,
  overheadMs: number,
  server?: SqlSupport['server'],
): Pick<
  LanguagePack,
  | 'problemTypes'
  | 'extensions'
  | 'editorMode'
  | 'sourceFile'
  | 'compile'
  | 'run'
  | 'env'
  | 'timeMultiplier'
  | 'sql'
  | 'runtimeTests'
> {
  const sql = sqlSupport(dialect, overheadMs, server);
  return {
    problemTypes: ['sql'],
    extensions: ['.sql'],
    editorMode: 'sql',
    sourceFile: SQL_QUERY_FILE,
    compile: sql.prepare,
    run: sql.run,
    env: { PYTHONDONTWRITEBYTECODE: '1', PYTHONIOENCODING: 'utf-8' },
    timeMultiplier: 1,
    sql,
    runtimeTests: { dir: SQL_RUNTIME_DIR, run: ['python3', '-B', 'test/test_tryout_sql.py', dialect] },
  };
}
