import type { LanguagePack } from '../language-pack';
import { sqlPackBase } from '../sql/sql.runtime';

/**
 * SQLite 3 for SQL problems: a fresh in-memory database per test (the runner,
 * libs/languages/src/sql/runtime/tryout_sqlite.py; docs/sandbox.md, "SQL").
 */
export const sqlitePack: LanguagePack = {
  id: 'sqlite',
  name: 'SQLite 3',
  ...sqlPackBase('sqlite', 3000),
  // The runner (Python with its sqlite3 module), idle.
  memoryBaselineKb: 16 * 1024,
  compileTimeLimitMs: 10_000,
  compileMemoryLimitKb: 256 * 1024,
};
