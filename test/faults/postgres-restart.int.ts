/**
 * Fault: Postgres restarts (an immediate shutdown, then crash recovery) while submissions are
 * queued and being judged. A private Postgres cluster (never the shared one) backs a real api and
 * worker, and stays down for 12 s; a job that fails on it meanwhile waits for it (no attempt
 * used), and the first verdict recorded wins. Afterwards each submission has exactly one verdict,
 * no sandbox container is left, and the api's health shows the database up again without a
 * manual step.
 */
import Dockerode from 'dockerode';
import { runMigrations } from '@tryout/server-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FAULT_TEST_TIMEOUT_MS,
  SLOW_SUM,
  driverIds,
  expectNoSandboxLeft,
  expectOneVerdictEach,
  submitBurst,
  waitAllFinished,
  waitHealthy,
  waitMidBurst,
} from '../support/faults';
import { PrivatePostgres } from '../support/private-services';
import { freePort, startStack, type Stack } from '../support/stack';

const docker = new Dockerode({ socketPath: '/var/run/docker.sock' });
const DATABASE_DOWN_MS = 12_000;

describe('postgres restarts with submissions in flight', () => {
  let pg: PrivatePostgres;
  let stack: Stack;
  let dbUrl: string;
  let stopped = false;

  beforeAll(async () => {
    pg = await PrivatePostgres.create(await freePort());
    await pg.start();
    dbUrl = await pg.createDatabase('tryout');
    await runMigrations(dbUrl);
    stack = await startStack({
      problems: [SLOW_SUM],
      database: { url: dbUrl, drop: async () => undefined },
      env: {
        LOG_LEVEL: 'info',
        SANDBOX_POOL_SIZE: '0',
        WORKER_CONCURRENCY: '2',
        SWEEPER_INTERVAL_SECONDS: '2',
        SWEEPER_GRACE_SECONDS: '3',
      },
    });
  });
  afterAll(async () => {
    if (!stopped) await stack?.stop();
    await pg?.dispose();
  });

  it(
    'every submission ends with exactly one verdict, no container is left, health recovers',
    async () => {
      const burst = await submitBurst(stack, 6, 'pg');
      await waitMidBurst(dbUrl, burst.ids);

      await pg.crash();
      // Down longer than a job's three attempts last (backoff 2 s + 4 s): jobs that meet the dead
      // database must wait for it rather than spend their attempts and end as internal_error.
      await new Promise((r) => setTimeout(r, DATABASE_DOWN_MS));
      const down = await fetch(`${stack.url}/api/health`);
      expect(down.status).toBe(503);
      await pg.start();

      const logs = () => `${stack.workerLog()}\n${stack.apiLog()}\n${pg.logTail()}`;
      await waitAllFinished(dbUrl, burst.ids, 180_000, logs);
      await expectOneVerdictEach(dbUrl, burst.ids, logs);
      await waitHealthy(stack, ['database', 'redis', 'docker']);
      expect(stack.workerLog()).toContain('database unreachable, judging later');

      const drivers = driverIds(stack.workerLog());
      stopped = true;
      await stack.stop();
      await expectNoSandboxLeft(docker, drivers);
    },
    FAULT_TEST_TIMEOUT_MS,
  );
});
