/**
 * The judge queue under hostile load, against the real parts (api and a worker in this process,
 * Postgres, Redis, Docker): one running judge per user, in order, so a user with slow programs
 * cannot hold every worker; and a burst whose queue keys vanish (a Redis restarted empty) still
 * ends with exactly one verdict per submission, through the sweeper.
 */
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { submissionEventsChannel, type SubmissionEvent } from '@tryout/contracts';
import { SubmissionEntity } from '@tryout/server-submissions';
import { Redis } from 'ioredis';
import { DataSource, In } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApp, type TestApp, type TestUser } from '../../../test/support/app';
import { call } from '../../../test/support/http';
import { sampleStdioProblem } from '../../../test/support/problems';
import { JudgeWorkerService } from '../src/judge-worker.service';
import { WorkerModule } from '../src/worker.module';

const FAST = 'a, b = map(int, input().split())\nprint(a + b)\n';
const SLEEPY = 'import time\na, b = map(int, input().split())\ntime.sleep(0.6)\nprint(a + b)\n';

let t: TestApp;
let worker: INestApplicationContext;
let redis: Redis;

beforeAll(async () => {
  t = await startTestApp({
    env: {
      SUBMISSIONS_PER_MINUTE: '100',
      MAX_QUEUED_PER_USER: '5',
      WORKER_CONCURRENCY: '2',
      SANDBOX_POOL_SIZE: '0',
      SWEEPER_INTERVAL_SECONDS: '1',
      SWEEPER_GRACE_SECONDS: '1',
    },
  });
  await t.importProblem(sampleStdioProblem());
  // The worker, as `npm run worker` builds it, on the same database and queue prefix.
  worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(t.config), { logger: false });
  await worker.init();
  redis = new Redis(t.config.get('REDIS_URL'));
});

afterAll(async () => {
  await worker?.get(JudgeWorkerService).drain();
  await worker?.close();
  redis?.disconnect();
  await t?.close();
});

async function submit(user: TestUser, source: string): Promise<string> {
  const res = await call(t.url, 'POST', '/api/submissions', {
    token: user.token,
    body: { problem: 'sum-two', language: 'python', mode: 'run', source },
  });
  expect(res.status).toBe(202);
  return res.body.id as string;
}

async function rows(ids: string[]): Promise<SubmissionEntity[]> {
  return t.app
    .get(DataSource)
    .getRepository(SubmissionEntity)
    .find({ where: { id: In(ids) } });
}

async function allFinished(ids: string[], timeout: number): Promise<SubmissionEntity[]> {
  return vi.waitFor(
    async () => {
      const found = await rows(ids);
      const open = found.filter((r) => r.status !== 'finished');
      if (found.length !== ids.length || open.length > 0) throw new Error(`${open.length} not finished yet`);
      return found;
    },
    { timeout, interval: 250 },
  );
}

describe('judge queue', () => {
  it('runs one judge per user at a time, in order, while other users go ahead', async () => {
    const [slow, other] = await Promise.all([t.register(), t.register()]);
    const mine = [];
    for (let i = 0; i < 3; i++) mine.push(await submit(slow, SLEEPY));
    const theirs = await submit(other, FAST);
    const done = await allFinished([...mine, theirs], 120_000);
    const byId = new Map(done.map((r) => [r.id, r]));
    for (const r of done) expect(r.verdict).toBe('accepted');
    const [a1, a2, a3] = mine.map((id) => byId.get(id)!);
    // Never two of the slow user's judgings at once, and in the order they were made.
    expect(a1.finishedAt!.getTime()).toBeLessThanOrEqual(a2.startedAt!.getTime());
    expect(a2.finishedAt!.getTime()).toBeLessThanOrEqual(a3.startedAt!.getTime());
    // The other user did not wait behind the slow user's queue.
    expect(byId.get(theirs)!.startedAt!.getTime()).toBeLessThan(a2.startedAt!.getTime());
  });

  it('a burst whose queue keys are deleted still ends with exactly one verdict per submission', async () => {
    const users = await Promise.all(Array.from({ length: 6 }, () => t.register()));
    const verdicts = new Map<string, number>();
    const listener = new Redis(t.config.get('REDIS_URL'));
    await listener.psubscribe(submissionEventsChannel(t.prefix, '*'));
    listener.on('pmessage', (_pattern: string, _channel: string, message: string) => {
      const event = JSON.parse(message) as SubmissionEvent;
      if (event.type === 'verdict') verdicts.set(event.submissionId, (verdicts.get(event.submissionId) ?? 0) + 1);
    });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(...(await Promise.all(users.map((u) => submit(u, FAST)))));
    expect(ids).toHaveLength(30);
    // Redis "restarted empty" for this queue: delete ONLY this test's queue keys.
    await deleteKeys(`${t.prefix}:judge:*`);
    const done = await allFinished(ids, 180_000);
    for (const r of done) {
      expect(r.status).toBe('finished');
      expect(r.verdict).toBe('accepted');
    }
    // One verdict each: first verdict wins, a re-enqueued duplicate changes nothing.
    await vi.waitFor(() => expect(ids.filter((id) => verdicts.get(id) !== 1)).toEqual([]));
    await listener.quit();
  }, 240_000);
});

async function deleteKeys(pattern: string): Promise<void> {
  if (!pattern.startsWith(`${t.prefix}:`) || !t.prefix.startsWith('test_')) throw new Error('not a test prefix');
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
    cursor = next;
    if (keys.length > 0) await redis.del(...keys);
  } while (cursor !== '0');
}
