/**
 * The stuck-submission sweeper on the real Postgres and Redis (no judge needed): a submission
 * whose job is gone is enqueued again (once, however many sweepers), and one that nothing will
 * judge any more ends as internal_error exactly once, counted once.
 */
import { JobPriority, JUDGE_QUEUE, submissionEventsChannel, type SubmissionEvent } from '@tryout/contracts';
import { JudgeQueueService } from '@tryout/server-queue';
import { SubmissionEntity, SubmissionSweeperService } from '@tryout/server-submissions';
import { UnrecoverableError, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApp, type TestApp, type TestUser } from '../../../test/support/app';
import { call } from '../../../test/support/http';
import { sampleStdioProblem } from '../../../test/support/problems';

let t: TestApp;
let queue: JudgeQueueService;
let sweeper: SubmissionSweeperService;
let db: DataSource;

beforeAll(async () => {
  t = await startTestApp();
  await t.importProblem(sampleStdioProblem());
  queue = t.app.get(JudgeQueueService);
  sweeper = t.app.get(SubmissionSweeperService);
  db = t.app.get(DataSource);
});

afterAll(async () => {
  await t?.close();
});

async function submit(user: TestUser, mode: 'run' | 'submit'): Promise<string> {
  const res = await call(t.url, 'POST', '/api/submissions', {
    token: user.token,
    body: { problem: 'sum-two', language: 'python', mode, source: 'print(1)' },
  });
  expect(res.status).toBe(202);
  return res.body.id as string;
}

/** As a worker leaves it mid-judging; `ageSeconds` back-dates it. */
async function leaveRunning(id: string, ageSeconds: number): Promise<void> {
  await db.query(
    `UPDATE submissions SET status = 'running', started_at = now(), created_at = now() - make_interval(secs => $2)
      WHERE id = $1`,
    [id, ageSeconds],
  );
}

const row = (id: string) => db.getRepository(SubmissionEntity).findOneByOrFail({ id });
const counters = async () =>
  (await db.query(`SELECT submit_count::int AS s FROM problems WHERE slug = 'sum-two'`))[0].s as number;

describe('sweeper', () => {
  it('re-enqueues a running submission whose job is gone, once even with two sweepers', async () => {
    const id = await submit(await t.register(), 'run');
    await (await queue.queue.getJob(id))!.remove();
    await leaveRunning(id, 60);
    const reports = await Promise.all([sweeper.sweep(), sweeper.sweep()]);
    expect(reports.some((r) => r.requeued.includes(id))).toBe(true);
    expect(reports.flatMap((r) => r.abandoned)).not.toContain(id);
    const job = await queue.queue.getJob(id);
    expect(await job?.getState()).toMatch(/^(waiting|prioritized)$/);
    expect(job?.opts.priority).toBe(JobPriority.Run);
    expect(await queue.queue.getJobCountByTypes('waiting', 'prioritized')).toBe(1);
    expect((await row(id)).status).toBe('running');
    await job!.remove();
    await db.query(`UPDATE submissions SET status = 'finished', verdict = 'accepted' WHERE id = $1`, [id]);
  });

  it('leaves young submissions and live jobs alone', async () => {
    const young = await submit(await t.register(), 'run');
    await (await queue.queue.getJob(young))!.remove();
    const queued = await submit(await t.register(), 'run');
    await db.query(`UPDATE submissions SET created_at = now() - interval '10 minutes' WHERE id = $1`, [queued]);
    const report = await sweeper.sweep();
    expect(report.requeued).not.toContain(young);
    expect(report.requeued).not.toContain(queued);
    expect(report.abandoned).toEqual([]);
    expect((await row(queued)).status).toBe('queued');
    for (const id of [young, queued]) await (await queue.queue.getJob(id))?.remove();
    await db.query(`UPDATE submissions SET status = 'finished', verdict = 'accepted' WHERE id = ANY($1)`, [
      [young, queued],
    ]);
  });

  it('finishes a running submission with no job past its budget as internal_error exactly once', async () => {
    const id = await submit(await t.register(), 'submit');
    await (await queue.queue.getJob(id))!.remove();
    await leaveRunning(id, t.config.get('SUBMISSION_BUDGET_SECONDS') + 60);
    const verdicts: SubmissionEvent[] = [];
    const listener = new Redis(t.config.get('REDIS_URL'));
    await listener.subscribe(submissionEventsChannel(t.prefix, id));
    listener.on('message', (_c: string, m: string) => verdicts.push(JSON.parse(m) as SubmissionEvent));
    const before = await counters();

    const reports = await Promise.all([sweeper.sweep(), sweeper.sweep(), sweeper.sweep()]);
    expect(reports.flatMap((r) => r.abandoned)).toEqual([id]);
    expect(reports.flatMap((r) => r.requeued)).not.toContain(id);
    expect(await row(id)).toMatchObject({ status: 'finished', verdict: 'internal_error' });
    expect(await counters()).toBe(before + 1);
    await vi.waitFor(() => expect(verdicts).toHaveLength(1));
    expect(verdicts[0]).toMatchObject({ type: 'verdict', verdict: 'internal_error' });
    // Sweeping again changes nothing.
    expect((await sweeper.sweep()).abandoned).toEqual([]);
    expect(await counters()).toBe(before + 1);
    await listener.quit();
  });

  it('finishes a submission whose job failed for good (e.g. finishing hit a database error) as internal_error', async () => {
    const id = await submit(await t.register(), 'run');
    // A real worker whose last attempt fails outside the judge.
    const connection = new Redis(t.config.get('REDIS_URL'), { maxRetriesPerRequest: null });
    const failing = new Worker(
      JUDGE_QUEUE,
      () => Promise.reject(new UnrecoverableError('database error while finishing')),
      { connection, prefix: t.prefix },
    );
    await vi.waitFor(async () => expect(await (await queue.queue.getJob(id))?.getState()).toBe('failed'), {
      timeout: 20_000,
    });
    await failing.close();
    await connection.quit();
    await leaveRunning(id, 60);
    const reports = await Promise.all([sweeper.sweep(), sweeper.sweep()]);
    expect(reports.flatMap((r) => r.abandoned)).toEqual([id]);
    expect(await row(id)).toMatchObject({ status: 'finished', verdict: 'internal_error' });
  });
});
