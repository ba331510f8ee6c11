/**
 * Test helper (sandbox.janitor.int.ts): starts a job that sleeps in a sandbox, prints the
 * container id once the job is in flight, and waits to be SIGKILLed like a crashed worker.
 */
import Dockerode from 'dockerode';
import { DockerSandboxDriver } from '../docker-sandbox.driver';
import { languageJob } from './sandbox-testing.util';

const driver = new DockerSandboxDriver(new Dockerode(), { poolSize: 0, idleMs: 600_000, reuseRuns: 1 });
const execution = driver.execute(
  languageJob('python', 'crashing-worker', 'import time\nprint("started", flush=True)\ntime.sleep(120)\n', [
    { id: '1', stdin: '', limits: { cpuMs: 120_000, wallMs: 120_000 } },
  ]),
);
const timer = setInterval(() => {
  const [id] = driver.containerIds;
  if (id) {
    clearInterval(timer);
    // Give the supervisor time to start the test before announcing.
    setTimeout(() => process.stdout.write(`${id}\n`), 1000);
  }
}, 50);
void (async () => {
  // Python has a compile step (py_compile); only a finished test would be unexpected here.
  for await (const event of execution)
    if (event.type === 'test') process.stdout.write(`unexpected event ${event.type}\n`);
})();
