/**
 * Upgrades: a rolling restart of the workers. Two workers judge a burst; one is sent SIGTERM while
 * it judges (as a deploy replaces it) and a new one starts beside the other. The stopped worker
 * takes no new job and finishes the ones it holds before it exits; no job is lost and none is
 * judged twice: each job was started exactly once and each submission judged once (one "judged"
 * line across all workers' logs, its results written once, counted once).
 */
import { JUDGE_QUEUE } from '@tryout/contracts';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FAULT_TEST_TIMEOUT_MS,
  SLOW_SUM,
  expectOneVerdictEach,
  statuses,
  submitBurst,
  waitAllFinished,
} from '../support/faults';
import { waitFor } from '../support/private-services';
import { startStack, type Stack } from '../support/stack';

describe('rolling restart of the workers', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({
      problems: [SLOW_SUM],
      env: { LOG_LEVEL: 'info', SANDBOX_POOL_SIZE: '0', WORKER_CONCURRENCY: '1' },
    });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it(
    'a worker stopped mid-burst drains: no job lost, none judged twice',
    async () => {
      const db = String(stack.env.DATABASE_URL);
      const first = stack.worker();
      const second = stack.startWorker();
      await waitFor(
        async () => stack.logOf(second).includes('worker ready'),
        90_000,
        () => stack.logOf(second),
      );
      const burst = await submitBurst(stack, 6, 'roll');
      // Both workers busy (one job each), the rest queued.
      await waitFor(
        async () => ((await statuses(db, burst.ids)).running ?? 0) === 2,
        60_000,
        () => `${stack.logOf(first)}\n${stack.logOf(second)}`,
      );

      // Concurrency 1 each and two running: the first worker holds exactly one job now.
      first.kill('SIGTERM');
      const third = stack.startWorker();
      await new Promise((r) => first.once('exit', r));
      expect(first.exitCode).toBe(0);
      // After the signal it finished the one job it held and took no other.
      const [, afterSignal = ''] = stack.logOf(first).split('shutting down: draining in-flight jobs');
      expect(judged(afterSignal), stack.logOf(first)).toHaveLength(1);

      const logs = () => [first, second, third].map((w) => stack.logOf(w)).join('\n');
      await waitAllFinished(db, burst.ids, 180_000, logs);
      await expectOneVerdictEach(db, burst.ids, logs);
      const all = [first, second, third].flatMap((w) => judged(stack.logOf(w)));
      expect([...all].sort()).toEqual([...burst.ids].sort());
      expect(judged(stack.logOf(third)).length).toBeGreaterThan(0);

      const connection = new Redis(String(stack.env.REDIS_URL ?? 'redis://127.0.0.1:6379'), {
        maxRetriesPerRequest: null,
      });
      const queue = new Queue(JUDGE_QUEUE, { connection, prefix: String(stack.env.QUEUE_PREFIX) });
      try {
        for (const id of burst.ids) {
          const job = await queue.getJob(id);
          expect(await job?.getState()).toBe('completed');
          expect(job?.attemptsStarted, id).toBe(1);
          expect(job?.stalledCounter ?? 0).toBe(0);
        }
      } finally {
        await queue.close();
        connection.disconnect();
      }
    },
    FAULT_TEST_TIMEOUT_MS,
  );
});

/** Submission ids a worker's log shows it recorded a verdict for. */
function judged(log: string): string[] {
  return [...log.matchAll(/"submissionId":"([0-9a-f-]+)"[^\n]*"msg":"judged"/g)].map((m) => m[1]);
}
