/**
 * Fault: Redis restarts empty (no persistence) while submissions are queued and being judged.
 * A private redis-server (never the shared one) backs a real api + worker; it is SIGKILLed mid-burst
 * and started again with nothing in it. The worker's sweeper re-enqueues every unfinished
 * submission whose job is gone (both processes warned at start-up that this Redis has no
 * persistence); afterwards each submission has exactly one verdict (counted once
 * in the problem's counters, its results written once) and no sandbox container is left.
 */
import Dockerode from 'dockerode';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAULT_TEST_TIMEOUT_MS } from '../support/faults';
import { call } from '../support/http';
import { PrivateRedis } from '../support/private-services';
import { freePort, startStack, type Stack } from '../support/stack';

const SLEEPY = 'import time\na, b = map(int, input().split())\ntime.sleep(0.7)\nprint(a + b)\n';
const USERS = 6;
const docker = new Dockerode({ socketPath: '/var/run/docker.sock' });

describe('redis restarts empty with submissions in flight', () => {
  let redis: PrivateRedis;
  let stack: Stack;
  let stopped = false;

  beforeAll(async () => {
    redis = new PrivateRedis(await freePort());
    await redis.start();
    stack = await startStack({
      problems: ['test/fixtures/problems/slow-sum'],
      env: {
        LOG_LEVEL: 'info',
        REDIS_URL: redis.url,
        SANDBOX_POOL_SIZE: '0',
        WORKER_CONCURRENCY: '2',
        SWEEPER_INTERVAL_SECONDS: '2',
        SWEEPER_GRACE_SECONDS: '3',
      },
    });
  });
  afterAll(async () => {
    if (!stopped) await stack?.stop();
    await redis?.dispose();
  });

  it(
    'every submission ends with exactly one verdict and no container is left',
    async () => {
      const ids: string[] = [];
      for (let u = 0; u < USERS; u++) {
        const reg = await call(stack.url, 'POST', '/api/auth/register', {
          body: {
            email: `redis-${u}-${Date.now()}@tryout.test`,
            password: 'correct horse battery',
            displayName: `R${u}`,
          },
        });
        expect(reg.status).toBe(201);
        const res = await call(stack.url, 'POST', '/api/submissions', {
          token: reg.body.accessToken,
          body: { problem: 'slow-sum', language: 'python', mode: 'submit', source: SLEEPY },
        });
        expect(res.status).toBe(202);
        ids.push(res.body.id as string);
      }
      const pg = new Client({ connectionString: stack.env.DATABASE_URL });
      await pg.connect();
      let driverId: string | undefined;
      try {
        const statuses = async () =>
          (
            await pg.query<{ status: string; n: number }>(
              `SELECT status, count(*)::int AS n FROM submissions WHERE id = ANY($1) GROUP BY status`,
              [ids],
            )
          ).rows;
        // Mid-burst: some being judged, some still queued.
        await expect
          .poll(async () => (await statuses()).some((r) => r.status === 'running'), { timeout: 60_000, interval: 100 })
          .toBe(true);
        driverId = /"driverId":"([0-9a-f]+)"/.exec(stack.workerLog())?.[1];
        expect(driverId).toBeDefined();
        const before = await statuses();
        expect(before.find((r) => r.status === 'queued')?.n ?? 0, JSON.stringify(before)).toBeGreaterThan(0);

        await redis.kill();
        await new Promise((r) => setTimeout(r, 1000));
        await redis.start();

        await expect
          .poll(async () => (await statuses()).every((r) => r.status === 'finished'), {
            timeout: 150_000,
            interval: 500,
          })
          .toBe(true);
        const rows = (
          await pg.query<{ id: string; verdict: string; results: number }>(
            `SELECT s.id, s.verdict, (SELECT count(*)::int FROM submission_test_results r WHERE r.submission_id = s.id) AS results
             FROM submissions s WHERE s.id = ANY($1)`,
            [ids],
          )
        ).rows;
        expect(rows).toHaveLength(USERS);
        for (const row of rows) {
          expect(row.verdict, stack.workerLog()).toBe('accepted');
          expect(row.results).toBe(8);
        }
        // Counted once each: a second verdict would have counted twice.
        const counts = (await pg.query(`SELECT submit_count, accepted_count FROM problems WHERE slug = 'slow-sum'`))
          .rows[0] as { submit_count: number; accepted_count: number };
        expect(counts).toEqual({ submit_count: USERS, accepted_count: USERS });
        expect(stack.workerLog()).toContain('re-enqueued submissions whose job was gone');
        // Both processes warned at start-up that this Redis keeps nothing across a restart.
        expect(stack.workerLog()).toContain('Redis has no persistence');
        expect(stack.apiLog()).toContain('Redis has no persistence');

        // Health recovers by itself: Redis is up again for the api.
        await expect
          .poll(async () => (await call(stack.url, 'GET', '/api/health')).body?.info?.redis?.status)
          .toBe('up');
      } finally {
        await pg.end();
      }
      // Stopping drains the worker; then nothing of its sandboxes may remain.
      stopped = true;
      await stack.stop();
      const left = await docker.listContainers({ all: true, filters: { label: [`tryout.driver=${driverId}`] } });
      expect(left).toEqual([]);
    },
    FAULT_TEST_TIMEOUT_MS,
  );
});
