/**
 * Live progress in Redis, results in Postgres once (real Postgres and Redis). What one judged
 * submission costs Postgres: the worker's calls for a judge of n tests (load, turn check,
 * compiling, running, one result per test, the verdict, the next in line), counted as the database
 * sees them; the cost must not grow with the number of tests, and the results are inserted once.
 * Counts, never times; the figures are printed for docs/performance.md. Then what the live record
 * does on a retry, an abandon, a lost record and a late duplicate.
 */
import type { TestResultDto } from '@tryout/contracts';
import { REDIS_CLIENT, SubmissionProgressStore } from '@tryout/server-queue';
import { JudgingService, SubmissionsService } from '@tryout/server-submissions';
import type { Redis } from 'ioredis';
import { DataSource, type QueryRunner } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestUser } from '../../../test/support/app';
import { call } from '../../../test/support/http';
import { sampleStdioProblem } from '../../../test/support/problems';

interface Cost {
  /** Transactions as pg_stat_database counts them: explicit ones plus each statement outside one. */
  transactions: number;
  statements: number;
  /** Statements that write submission_test_results, and of those the INSERTs. */
  resultWrites: number;
  resultInserts: number;
}

/** Counts what the DataSource sends while `work` runs (TypeORM logs every query, enabled or not). */
async function measure(dataSource: DataSource, work: () => Promise<void>): Promise<Cost> {
  const cost: Cost = { transactions: 0, statements: 0, resultWrites: 0, resultInserts: 0 };
  const logger = dataSource.logger;
  const original = logger.logQuery.bind(logger);
  logger.logQuery = (query: string, parameters?: unknown[], runner?: QueryRunner) => {
    if (query === 'START TRANSACTION') cost.transactions++;
    else if (query !== 'COMMIT' && query !== 'ROLLBACK') {
      cost.statements++;
      if (!runner?.isTransactionActive) cost.transactions++;
      if (/^(INSERT INTO|UPDATE|DELETE FROM) "submission_test_results"/.test(query)) cost.resultWrites++;
      if (query.startsWith('INSERT INTO "submission_test_results"')) cost.resultInserts++;
    }
    original(query, parameters, runner);
  };
  try {
    await work();
  } finally {
    logger.logQuery = original;
  }
  return cost;
}

const result = (index: number): TestResultDto => {
  const hidden = index >= 2;
  return {
    index,
    name: hidden ? `secret/${index - 1}` : `sample/${index + 1}`,
    hidden,
    verdict: 'accepted',
    cpuMs: 10 + index,
    wallMs: 20 + index,
    memoryKb: 1000 + index,
    input: `in-${index}`,
    expected: `exp-${index}`,
    actual: `exp-${index}`,
    stderr: '',
    exitCode: 0,
    signal: null,
  };
};

describe('judging: live progress in Redis, results in Postgres once', () => {
  let t: TestApp;
  let alice: TestUser;
  let judging: JudgingService;
  let dataSource: DataSource;

  beforeAll(async () => {
    t = await startTestApp({ env: { SUBMISSIONS_PER_MINUTE: '100', MAX_QUEUED_PER_USER: '20' } });
    await t.importProblem(sampleStdioProblem());
    alice = await t.register();
    judging = t.app.get(JudgingService);
    dataSource = t.app.get(DataSource);
  });
  afterAll(async () => {
    await t?.close();
  });

  /** The worker's Postgres calls for one submission judged over `n` tests (JudgeJobProcessor.judge). */
  const judge = async (n: number): Promise<Cost> => {
    const res = await call(t.url, 'POST', '/api/submissions', {
      token: alice.token,
      body: { problem: 'sum-two', language: 'python', mode: 'submit', source: 'print(3)' },
    });
    expect(res.status).toBe(202);
    const id = res.body.id as string;
    const tests = Array.from({ length: n }, (_, i) => result(i));
    const cost = await measure(dataSource, async () => {
      const task = await judging.load(id);
      expect(await judging.isUsersTurn(task.submission)).toBe(true);
      await judging.markStatus(id, 'compiling');
      await judging.markStatus(id, 'running', n);
      for (const test of tests) await judging.recordTestResult(id, test);
      expect(await judging.finish(id, { verdict: 'accepted', cpuMs: 10, memoryKb: 1000, tests })).toBe(true);
      await judging.nextInLine(alice.userId);
    });
    const got = await call(t.url, 'GET', `/api/submissions/${id}`, { token: alice.token });
    expect(got.body).toMatchObject({ status: 'finished', verdict: 'accepted', testsDone: n, testsTotal: n });
    expect(got.body.tests).toHaveLength(n);
    return cost;
  };

  it('costs the same few transactions whatever the number of tests, with the results inserted once', async () => {
    const small = await judge(5);
    const large = await judge(20);
    console.log(
      `judging cost per submission: 5 tests ${small.transactions} transactions / ${small.statements} statements; ` +
        `20 tests ${large.transactions} transactions / ${large.statements} statements ` +
        `(statements writing results ${small.resultWrites} / ${large.resultWrites})`,
    );
    expect(large.transactions).toBe(small.transactions);
    expect(large.statements).toBe(small.statements);
    // In the verdict's transaction: one INSERT of every row (up to 100 per statement), after a
    // DELETE that finds nothing (it clears rows an earlier judge may have left).
    for (const cost of [small, large]) {
      expect(cost.resultInserts).toBe(1);
      expect(cost.resultWrites).toBe(2);
    }
  });

  const create = async (): Promise<string> => {
    const res = await call(t.url, 'POST', '/api/submissions', {
      token: alice.token,
      body: { problem: 'sum-two', language: 'python', mode: 'submit', source: 'print(3)' },
    });
    expect(res.status).toBe(202);
    return res.body.id as string;
  };
  const progress = () => t.app.get(SubmissionProgressStore);
  const storedRows = (id: string) =>
    dataSource.query<{ index: number }[]>(
      'SELECT index FROM submission_test_results WHERE submission_id = $1 ORDER BY index',
      [id],
    );

  it('keeps per-test progress out of Postgres until the verdict; a retry starts it afresh', async () => {
    const id = await create();
    await judging.markStatus(id, 'compiling');
    await judging.markStatus(id, 'running', 5);
    for (const i of [0, 1, 2]) await judging.recordTestResult(id, result(i));
    expect(await storedRows(id)).toEqual([]);
    const [row] = await dataSource.query<{ tests_done: number }[]>('SELECT tests_done FROM submissions WHERE id = $1', [
      id,
    ]);
    expect(row.tests_done).toBe(0);
    // The readers take it from the live record: exact for the worker's view, visible-only for the candidate.
    expect((await progress().read(id))?.done).toBe(3);
    const running = await call(t.url, 'GET', `/api/submissions/${id}`, { token: alice.token });
    expect(running.body).toMatchObject({ status: 'running', testsDone: 2, testsTotal: 5 });
    expect(await t.app.get(SubmissionsService).currentEvent(id, true)).toEqual({
      type: 'running',
      submissionId: id,
      done: 3,
      total: 5,
    });
    // The job is retried (a crash): judging restarts from compiling with nothing done.
    await judging.markStatus(id, 'compiling');
    expect(await progress().read(id)).toMatchObject({ status: 'compiling', done: 0, rows: [] });
    const restarted = await call(t.url, 'GET', `/api/submissions/${id}`, { token: alice.token });
    expect(restarted.body).toMatchObject({ status: 'compiling', testsDone: 0, tests: [] });
    await judging.markStatus(id, 'running', 5);
    const tests = [0, 1, 2, 3, 4].map(result);
    for (const test of tests) await judging.recordTestResult(id, test);
    expect(await judging.finish(id, { verdict: 'accepted', cpuMs: 14, memoryKb: 1004, tests })).toBe(true);
    expect((await storedRows(id)).map((r) => r.index)).toEqual([0, 1, 2, 3, 4]);
    // The verdict took the live record with it; a late duplicate cannot bring it back.
    expect(await progress().read(id)).toBeNull();
    await judging.recordTestResult(id, result(4));
    expect(await progress().read(id)).toBeNull();
  });

  it('an abandoned submission keeps the tests its live progress holds', async () => {
    const id = await create();
    await judging.markStatus(id, 'compiling');
    await judging.markStatus(id, 'running', 5);
    for (const i of [0, 2]) await judging.recordTestResult(id, result(i));
    expect(await judging.abandon(id)).toBe(true);
    expect(await judging.abandon(id)).toBe(false);
    expect((await storedRows(id)).map((r) => r.index)).toEqual([0, 2]);
    const got = await call(t.url, 'GET', `/api/submissions/${id}`, { token: alice.token });
    expect(got.body).toMatchObject({ status: 'finished', verdict: 'internal_error', testsDone: 2, testsTotal: 5 });
    // The hidden test is stored as every hidden test is: its verdict, no data.
    expect(got.body.tests[1]).toEqual({ index: 2, name: 'Hidden test 1', hidden: true, verdict: 'accepted' });
    expect(await progress().read(id)).toBeNull();
  });

  it('losing the live record (Redis restarted empty) loses progress only, never the verdict or its results', async () => {
    const id = await create();
    await judging.markStatus(id, 'compiling');
    await judging.markStatus(id, 'running', 5);
    await judging.recordTestResult(id, result(0));
    await t.app.get<Redis>(REDIS_CLIENT).del(`${t.prefix}:submission-progress:${id}`);
    for (const i of [1, 2]) await judging.recordTestResult(id, result(i));
    expect(await progress().read(id)).toBeNull();
    const running = await call(t.url, 'GET', `/api/submissions/${id}`, { token: alice.token });
    expect(running.body).toMatchObject({ status: 'running', testsDone: 0, tests: [] });
    const tests = [0, 1, 2, 3, 4].map(result);
    expect(await judging.finish(id, { verdict: 'accepted', cpuMs: 14, memoryKb: 1004, tests })).toBe(true);
    const got = await call(t.url, 'GET', `/api/submissions/${id}`, { token: alice.token });
    expect(got.body).toMatchObject({ status: 'finished', verdict: 'accepted', testsDone: 5 });
    expect(got.body.tests).toHaveLength(5);
  });
});
