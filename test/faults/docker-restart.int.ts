/**
 * Fault: the Docker engine restarts while submissions are queued and being judged. A private
 * dockerd (its own data root, exec root and socket; never the shared engine) runs the sandboxes of
 * a real worker; it is stopped as a service manager stops it (SIGTERM: it kills its containers)
 * and started again 12 s later. A judge that loses its sandbox is our fault, not the candidate's:
 * while the engine is unreachable the job waits for it (no attempt used), otherwise it is retried,
 * and every submission still ends with exactly one verdict — the candidate's own.
 * Afterwards no container is left on that engine and the api's health shows it up again.
 */
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
import { PrivateDockerd } from '../support/private-services';
import { startStack, type Stack } from '../support/stack';

const IMAGE = 'tryout-runner-python:latest';
const ENGINE_DOWN_MS = 12_000;

describe('the docker engine restarts with submissions in flight', () => {
  let engine: PrivateDockerd;
  let stack: Stack;
  let stopped = false;

  beforeAll(async () => {
    engine = new PrivateDockerd();
    await engine.start();
    await engine.loadImage(IMAGE);
    stack = await startStack({
      problems: [SLOW_SUM],
      env: {
        LOG_LEVEL: 'info',
        DOCKER_HOST: engine.host,
        SANDBOX_POOL_SIZE: '1',
        WORKER_CONCURRENCY: '2',
        SWEEPER_INTERVAL_SECONDS: '2',
        SWEEPER_GRACE_SECONDS: '3',
      },
    });
  });
  afterAll(async () => {
    if (!stopped) await stack?.stop();
    await engine?.dispose();
  });

  it(
    'every submission ends with exactly one verdict, no container is left, health recovers',
    async () => {
      const db = String(stack.env.DATABASE_URL);
      const burst = await submitBurst(stack, 6, 'engine');
      await waitMidBurst(db, burst.ids);
      const running = await engine.docker.listContainers();
      expect(running.length).toBeGreaterThan(0);

      await engine.stop();
      const down = await fetch(`${stack.url}/api/health`).then((r) => r.json() as Promise<{ error?: object }>);
      expect(down.error).toHaveProperty('docker');
      // Down longer than a job's three attempts last (backoff 2 s + 4 s): the queued jobs that meet
      // the dead engine must wait for it rather than spend their attempts and end as internal_error.
      await new Promise((r) => setTimeout(r, ENGINE_DOWN_MS));
      await engine.start();

      const logs = () => `${stack.workerLog()}\n${engine.logTail()}`;
      await waitAllFinished(db, burst.ids, 180_000, logs);
      await expectOneVerdictEach(db, burst.ids, logs);
      await waitHealthy(stack, ['database', 'redis', 'docker', `image:${IMAGE}`]);
      expect(stack.workerLog()).toContain('docker engine unreachable, judging later');

      const drivers = driverIds(stack.workerLog());
      stopped = true;
      await stack.stop();
      await expectNoSandboxLeft(engine.docker, drivers, logs);
      expect(await engine.docker.listContainers({ all: true })).toEqual([]);
    },
    FAULT_TEST_TIMEOUT_MS,
  );
});
