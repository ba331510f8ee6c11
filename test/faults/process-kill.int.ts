/**
 * Faults: the api and then the worker are SIGKILLed while submissions are in flight — the api
 * while a burst of submissions is being created, the worker while it judges. Each is started again
 * as a service manager would. A submission whose row was committed is judged (the sweeper enqueues
 * one whose job the dead api never added); a killed worker's jobs move on when their lock expires.
 * Afterwards each submission has exactly one verdict, no sandbox container of either worker is
 * left, and health is green without a manual step.
 */
import Dockerode from 'dockerode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FAULT_TEST_TIMEOUT_MS,
  SLEEPY,
  SLOW_SUM,
  driverIds,
  expectNoSandboxLeft,
  expectOneVerdictEach,
  query,
  signUp,
  submit,
  waitAllFinished,
  waitHealthy,
  waitMidBurst,
} from '../support/faults';
import { call } from '../support/http';
import { waitFor } from '../support/private-services';
import { startStack, type Stack } from '../support/stack';

const docker = new Dockerode({ socketPath: '/var/run/docker.sock' });
const USERS = 4;

describe('api and worker SIGKILLed with submissions in flight', () => {
  let stack: Stack;
  let stopped = false;

  beforeAll(async () => {
    stack = await startStack({
      problems: [SLOW_SUM],
      env: {
        LOG_LEVEL: 'info',
        SANDBOX_POOL_SIZE: '0',
        WORKER_CONCURRENCY: '2',
        // A short lock: a killed worker's job is handed over within seconds.
        WORKER_LOCK_MS: '4000',
        SWEEPER_INTERVAL_SECONDS: '2',
        SWEEPER_GRACE_SECONDS: '3',
      },
    });
  });
  afterAll(async () => {
    if (!stopped) await stack?.stop();
  });

  it(
    'every submission ends with exactly one verdict, no container is left, health recovers',
    async () => {
      const db = String(stack.env.DATABASE_URL);
      const tokens: string[] = [];
      for (let u = 0; u < USERS; u++) tokens.push(await signUp(stack, `kill${u}`));
      const userIds = await Promise.all(
        tokens.map(async (token) => (await call(stack.url, 'GET', '/api/me', { token })).body.id as string),
      );
      const ofBurst = async () =>
        (await query<{ id: string }>(db, `SELECT id FROM submissions WHERE user_id = ANY($1)`, [userIds])).map(
          (r) => r.id,
        );

      // The api dies while the burst is being created: some requests are answered, some cut off.
      const worker = stack.worker();
      const posts = tokens.map((token) =>
        call(stack.url, 'POST', '/api/submissions', {
          token,
          body: { problem: 'slow-sum', language: 'python', mode: 'submit', source: SLEEPY },
        }).then(
          (r) => r.status,
          () => 'cut off',
        ),
      );
      await waitFor(
        async () => (await ofBurst()).length > 0,
        30_000,
        () => stack.apiLog(),
        10,
      );
      await stack.killApi('SIGKILL');
      const answers = await Promise.all(posts);
      await stack.startApi();
      // Every user submits once more: a request cut off is sent again, and the others deepen the
      // queue, so the worker below dies mid-burst even after a slow restart on a loaded host.
      for (const answer of answers) if (answer !== 202) expect(answer).toBe('cut off');
      for (const token of tokens) await submit(stack, token);
      const all = await ofBurst();
      expect(all.length).toBeGreaterThanOrEqual(2 * USERS - answers.filter((a) => a !== 202).length);

      // Then the worker dies while judging; its replacement (and the sweeper) pick the work up.
      await waitMidBurst(db, all);
      const firstDrivers = driverIds(stack.workerLog());
      await stack.killWorker('SIGKILL');
      expect(worker.signalCode).toBe('SIGKILL');
      stack.startWorker();

      const logs = () => `${stack.logOf(worker)}\n${stack.workerLog()}\n${stack.apiLog()}`;
      await waitAllFinished(db, all, 180_000, logs);
      await expectOneVerdictEach(db, all, logs);
      await waitHealthy(stack, ['database', 'redis', 'docker']);
      expect((await call(stack.url, 'GET', '/api/health')).status).toBe(200);

      const drivers = [...firstDrivers, ...driverIds(stack.workerLog())];
      expect(drivers).toHaveLength(2);
      stopped = true;
      await stack.stop();
      await expectNoSandboxLeft(docker, drivers);
    },
    FAULT_TEST_TIMEOUT_MS,
  );
});
