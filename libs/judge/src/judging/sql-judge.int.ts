/**
 * SQL judging through the real runner images (tryout-runner-postgresql, tryout-runner-sqlite) and
 * the Docker driver: the fixture problem's right and wrong answers, then every hostile statement
 * class of docs/sandbox.md ("SQL") ends as the candidate's verdict, never internal_error, and a
 * later ordinary submission is still judged right.
 */
import Dockerode from 'dockerode';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LanguageId, Verdict } from '@tryout/contracts';
import { DockerSandboxDriver } from '@tryout/sandbox';
import { loadProblemPackage } from '../problem/problem-loader';
import { judgeableProblem, type JudgeableProblem } from '../problem/problem-package';
import { judgeSubmission } from './judge-submission';
import type { JudgeResult } from './judge.types';

const FIXTURE = resolve(__dirname, '../../../../test/fixtures/problems/sql-department-totals');
const RIGHT = `SELECT d.name AS department, COUNT(e.id) AS employees, COALESCE(SUM(e.salary), 0) AS total_salary
FROM department d LEFT JOIN employee e ON e.department_id = d.id GROUP BY d.id, d.name ORDER BY d.name;`;

const SLOW_SQLITE = 'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r';

const docker = new Dockerode();
let driver: DockerSandboxDriver;
let problem: JudgeableProblem;

beforeAll(async () => {
  driver = new DockerSandboxDriver(docker, { poolSize: 0, idleMs: 60_000, reuseRuns: 100 });
  problem = judgeableProblem(await loadProblemPackage(FIXTURE));
}, 60_000);

afterAll(async () => {
  await driver.close();
});

function judge(language: LanguageId, source: string, mode: 'run' | 'submit' = 'run'): Promise<JudgeResult> {
  return judgeSubmission({
    driver,
    problem,
    language,
    source,
    mode,
    ownerId: `sql-int-${language}`,
    // One sample keeps the hostile cases quick; the last checks run every test.
    tests: mode === 'run' ? [{ ...problem.tests[0], group: 'sample' }] : undefined,
  });
}

/**
 * Refused by the server: when the query is planned in the compile step (permission checks run
 * there) or when it runs; either way the candidate's.
 */
const DENIED: Verdict[] = ['compile_error', 'runtime_error'];

/** Hostile statements: the candidate's verdict (one of `verdicts`), never ours. */
const POSTGRES_HOSTILE: [string, string, Verdict[]][] = [
  ['COPY ... TO PROGRAM', "COPY employee TO PROGRAM 'id'", ['compile_error']],
  ['COPY ... FROM a file', "COPY employee FROM '/etc/passwd'", ['compile_error']],
  ['COPY inside a CTE is no query either', "WITH x AS (COPY employee TO '/tmp/x') SELECT 1", ['compile_error']],
  ['lo_import', "SELECT lo_import('/etc/passwd')", DENIED],
  ['lo_create', 'SELECT lo_create(0)', DENIED],
  ['CREATE EXTENSION', 'CREATE EXTENSION dblink', ['compile_error']],
  ['dblink', "SELECT * FROM dblink('dbname=postgres', 'SELECT 1') AS t(x int)", ['compile_error', 'runtime_error']],
  ['pg_sleep', 'SELECT pg_sleep(100)', ['time_limit_exceeded']],
  ['DROP DATABASE', 'DROP DATABASE tryout_template', ['compile_error']],
  ['SET ROLE', 'SET ROLE owner', ['compile_error']],
  ['set_config(role)', "SELECT set_config('role', 'owner', false)", ['runtime_error']],
  [
    'another database',
    "SELECT * FROM pg_database WHERE has_database_privilege(datname, 'CONNECT') AND datname <> current_database() AND datname NOT LIKE 'template%'",
    ['wrong_answer'],
  ],
  ['pg_read_file', "SELECT pg_read_file('/etc/passwd')", DENIED],
  // The server outlives tests within a job: counters earlier tests' data moved stay unreadable.
  ['WAL position', 'SELECT pg_current_wal_lsn()', DENIED],
  ['transaction counter', 'SELECT txid_current()', DENIED],
  ['cluster statistics', 'SELECT wal_bytes FROM pg_stat_wal', DENIED],
  ['other sessions', 'SELECT query FROM pg_stat_activity', DENIED],
  ['pg_ls_dir', "SELECT pg_ls_dir('.')", DENIED],
  ['a data-modifying CTE', 'WITH d AS (DELETE FROM employee RETURNING *) SELECT * FROM d', DENIED],
  ['two statements', 'SELECT 1; DROP TABLE employee', ['compile_error']],
  [
    'endless recursive CTE',
    'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n FROM r',
    ['output_limit_exceeded', 'time_limit_exceeded'],
  ],
  [
    'huge cross join',
    'SELECT count(*) FROM generate_series(1, 100000000) a, generate_series(1, 1000) b',
    // Whichever cap it meets first: the statement timeout, or temp_file_limit while PostgreSQL
    // materialises the series; both are the candidate's verdict.
    ['time_limit_exceeded', 'runtime_error'],
  ],
  [
    'huge sort to temp files',
    'SELECT md5(a::text) FROM generate_series(1, 50000000) a ORDER BY 1 LIMIT 1',
    ['time_limit_exceeded', 'runtime_error'],
  ],
];

const SQLITE_HOSTILE: [string, string, Verdict[]][] = [
  ['ATTACH', "ATTACH DATABASE '/tmp/x.db' AS x", ['compile_error']],
  ['PRAGMA', 'PRAGMA writable_schema = 1', ['compile_error']],
  [
    'pragma function',
    "SELECT * FROM pragma_table_info('employee')",
    ['compile_error', 'runtime_error', 'wrong_answer'],
  ],
  ['load_extension', "SELECT load_extension('/lib/x.so')", ['compile_error', 'runtime_error']],
  ['a write', 'DELETE FROM employee', ['compile_error']],
  ['two statements', 'SELECT 1; DROP TABLE employee', ['compile_error']],
  [
    'endless recursive CTE',
    'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n FROM r',
    ['output_limit_exceeded'],
  ],
  [
    'endless count',
    'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r',
    ['time_limit_exceeded'],
  ],
  [
    'huge cross join',
    'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 100000) SELECT count(*) FROM r a, r b',
    ['time_limit_exceeded'],
  ],
];

describe('SQL judging in the runner images', () => {
  for (const dialect of ['postgresql', 'sqlite'] as const) {
    describe(dialect, () => {
      it('accepts the right query on every test and shows its result set', async () => {
        const result = await judge(dialect, RIGHT, 'submit');
        expect(result.error).toBeUndefined();
        expect(result.verdict).toBe('accepted');
        expect(result.tests).toHaveLength(problem.tests.length);
        expect(JSON.parse(result.tests[0].actual ?? '')).toEqual(JSON.parse(problem.tests[0].answer));
      }, 300_000);

      it('a wrong query: wrong_answer with the first differing row', async () => {
        const result = await judge(
          dialect,
          'SELECT d.name AS department, COUNT(*) AS employees, SUM(e.salary) AS total_salary FROM department d JOIN employee e ON e.department_id = d.id GROUP BY d.name ORDER BY d.name',
        );
        expect(result.verdict).toBe('wrong_answer');
        expect(result.tests[0].sqlDiff).toEqual({
          reason: 'row',
          row: 1,
          expected: ['Legal', 0, 0],
          actual: ['Sales', 1, 950.25],
        });
      }, 120_000);

      it('wrong column names are a wrong answer naming the columns', async () => {
        const result = await judge(dialect, 'SELECT name FROM department ORDER BY name');
        expect(result.verdict).toBe('wrong_answer');
        expect(result.tests[0].sqlDiff?.reason).toBe('columns');
      }, 120_000);

      it('a syntax error or an unknown column is a compile error', async () => {
        expect((await judge(dialect, 'SELEC 1')).verdict).toBe('compile_error');
        const unknown = await judge(dialect, 'SELECT nope FROM department');
        expect(unknown.verdict).toBe('compile_error');
        expect(unknown.compileOutput).toMatch(/nope/);
      }, 120_000);

      for (const [name, sql, verdicts] of dialect === 'postgresql' ? POSTGRES_HOSTILE : SQLITE_HOSTILE) {
        it(`hostile: ${name} → ${verdicts.join(' or ')}`, async () => {
          const result = await judge(dialect, sql);
          expect(result.error, result.error).toBeUndefined();
          expect(verdicts).toContain(result.verdict);
        }, 120_000);
      }

      it('after all that, the right query is still accepted', async () => {
        expect((await judge(dialect, RIGHT)).verdict).toBe('accepted');
      }, 120_000);

      it('a statement still running when its test ends does not reach the next test', async () => {
        // Every test times out: each next test must still get its own fresh database and session.
        const ownerId = `sql-int-${dialect}-reuse`;
        const before = { ...driver.stats };
        // Run mode on every test as a sample: a run does not stop at the first failing test.
        const tests = problem.tests.map((t) => ({ ...t, group: 'sample' as const }));
        const submit = (source: string) =>
          judgeSubmission({ driver, problem, language: dialect, source, mode: 'run', ownerId, tests });
        const slow = await submit(dialect === 'postgresql' ? 'SELECT pg_sleep(100)' : SLOW_SQLITE);
        expect(slow.error).toBeUndefined();
        expect(slow.tests.map((t) => t.verdict)).toEqual(problem.tests.map(() => 'time_limit_exceeded'));
        expect((await submit(RIGHT)).verdict).toBe('accepted');
        // A compile error stops the server cleanly too (no shared memory left behind).
        expect((await submit('SELEC 1')).verdict).toBe('compile_error');
        expect((await submit(RIGHT)).verdict).toBe('accepted');
        // Every job ended cleanly (the server stopped, nothing left behind), so the container of
        // the first served the owner's next three instead of being replaced.
        expect(driver.stats.reuseHits).toBe(before.reuseHits + 3);
      }, 300_000);
    });
  }
});
