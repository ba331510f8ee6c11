import type { LanguagePack } from '../language-pack';
import { sqlPackBase } from '../sql/sql.runtime';

/**
 * PostgreSQL 15 for SQL problems: one warm server per job in the sandbox, a fresh database per test
 * (the runner, libs/languages/src/sql/runtime/tryout_postgresql.py; docs/sandbox.md, "SQL").
 */
export const postgresqlPack: LanguagePack = {
  id: 'postgresql',
  name: 'PostgreSQL 15',
  // The cluster (~40 MB), the template and one test's database at a time.
  ...sqlPackBase('postgresql', 10_000, { tmpfsBytes: 256 * 1024 * 1024 }),
  // The server's processes and the runner (Python + psycopg2), idle.
  memoryBaselineKb: 96 * 1024,
  compileTimeLimitMs: 20_000,
  compileMemoryLimitKb: 512 * 1024,
};
