import Dockerode from 'dockerode';
import { afterAll, describe, expect, it } from 'vitest';
import { DockerSandboxDriver } from './docker-sandbox.driver';
import { collect, languageJob, sandboxContainers } from './testing/sandbox-testing.util';

const docker = new Dockerode();

/** Prints what a previous job could have left behind, then leaves something itself. */
const PROBE = `
import os
print(sorted(os.listdir('/work')), sorted(os.listdir('/tmp')))
open('/tmp/left-by-' + os.environ.get('WHO', 'x'), 'w').write('x')
open('/work/left.txt', 'w').write('x')
`;

describe('DockerSandboxDriver: pool and per-owner reuse (no sharing across owners)', () => {
  const driver = new DockerSandboxDriver(docker, {
    poolSize: 1,
    idleMs: 60_000,
    reuseRuns: 3,
    shareAcrossOwners: false,
  });
  afterAll(async () => {
    await driver.close();
    expect(await sandboxContainers(docker, driver.driverId)).toEqual([]);
  });

  it('serves the first job from the warm pool and refills it', async () => {
    await driver.warm(['python']);
    expect(driver.warmCount('python')).toBe(1);
    const before = { ...driver.stats };
    const r = await collect(driver, languageJob('python', 'alice', PROBE, [{ id: '1', stdin: '' }]));
    expect(r.tests[0].result.termination).toBe('exited');
    expect(r.tests[0].result.stdout.toString()).toBe(
      "['main.py'] []\n".replace("['main.py']", "['__pycache__', 'main.py']"),
    );
    expect(driver.stats.warmHits).toBe(before.warmHits + 1);
    await expect.poll(() => driver.warmCount('python'), { timeout: 30_000 }).toBe(1);
  });

  it("reuses the owner's container, wiped, for the owner's next job", async () => {
    const before = { ...driver.stats };
    const r = await collect(driver, languageJob('python', 'alice', PROBE, [{ id: '1', stdin: '' }]));
    expect(driver.stats.reuseHits).toBe(before.reuseHits + 1);
    expect(driver.stats.created).toBe(before.created);
    // Nothing of the previous job survives: /work holds only this job's files, /tmp is empty.
    expect(r.tests[0].result.stdout.toString()).toBe("['__pycache__', 'main.py'] []\n");
  });

  it("never gives one owner's container to another owner", async () => {
    const before = { ...driver.stats };
    await collect(driver, languageJob('python', 'bob', PROBE, [{ id: '1', stdin: '' }]));
    expect(driver.stats.reuseHits).toBe(before.reuseHits);
    expect(driver.stats.warmHits + driver.stats.coldStarts).toBe(before.warmHits + before.coldStarts + 1);
    // alice's idle container is still hers and still there.
    const again = await collect(driver, languageJob('python', 'alice', PROBE, [{ id: '1', stdin: '' }]));
    expect(driver.stats.reuseHits).toBe(before.reuseHits + 1);
    expect(again.tests[0].result.termination).toBe('exited');
  });

  it('recycles a container after its reuse budget', async () => {
    // alice's container has served 3 jobs (reuseRuns 3): the next one gets another container.
    const before = { ...driver.stats };
    await collect(driver, languageJob('python', 'alice', PROBE, [{ id: '1', stdin: '' }]));
    expect(driver.stats.reuseHits).toBe(before.reuseHits);
  });

  it('destroys a container after a suspicious run (limit hit)', async () => {
    const loop = await collect(
      driver,
      languageJob('python', 'carol', 'while True: pass\n', [
        { id: '1', stdin: '', limits: { cpuMs: 300, wallMs: 5000 } },
      ]),
    );
    expect(['cpu_limit', 'wall_limit']).toContain(loop.tests[0].result.termination);
    const before = { ...driver.stats };
    await collect(driver, languageJob('python', 'carol', PROBE, [{ id: '1', stdin: '' }]));
    expect(driver.stats.reuseHits).toBe(before.reuseHits);
  });

  it('destroys a container whose program left a process behind, and that process never runs on', async () => {
    // The child keeps bumping a counter; in the next test the counter must stand still.
    const src = `
import os, time, sys
if sys.stdin.read().strip() == 'spawn':
    if os.fork() == 0:
        os.setsid()
        n = 0
        while True:
            n += 1
            open('/tmp/heartbeat', 'w').write(str(n))
            time.sleep(0.05)
    print('spawned')
else:
    beat = lambda: open('/tmp/heartbeat').read() if os.path.exists('/tmp/heartbeat') else None
    first = beat()
    time.sleep(1)
    print(beat() == first, len([p for p in os.listdir('/proc') if p.isdigit()]))
`;
    const r = await collect(
      driver,
      languageJob('python', 'dave', src, [
        { id: 'spawn', stdin: 'spawn' },
        { id: 'check', stdin: 'check' },
      ]),
    );
    expect(r.tests.map((t) => t.result.stdout.toString())).toEqual(['spawned\n', 'True 2\n']);
    const before = { ...driver.stats };
    await collect(driver, languageJob('python', 'dave', PROBE, [{ id: '1', stdin: '' }]));
    expect(driver.stats.reuseHits).toBe(before.reuseHits);
  });

  it('abort stops after the current test and leaves the container reusable', async () => {
    const tests = Array.from({ length: 6 }, (_, i) => ({ id: String(i), stdin: String(i) }));
    const r = await collect(
      driver,
      languageJob('python', 'erin', 'import time\ntime.sleep(0.3)\nprint(input())\n', tests),
      (event, abort) => {
        if (event.type === 'test' && event.id === '1') abort();
      },
    );
    expect(r.tests.length).toBeGreaterThanOrEqual(2);
    expect(r.tests.length).toBeLessThan(6);
    expect(r.tests.every((t) => t.result.termination === 'exited')).toBe(true);
    const before = { ...driver.stats };
    const next = await collect(driver, languageJob('python', 'erin', PROBE, [{ id: '1', stdin: '' }]));
    expect(driver.stats.reuseHits).toBe(before.reuseHits + 1);
    expect(next.tests[0].result.termination).toBe('exited');
  });

  it('runs several jobs at once, each on its own container', async () => {
    const jobs = ['f1', 'f2', 'f3'].map((owner) =>
      collect(driver, languageJob('python', owner, 'print(input())', [{ id: '1', stdin: owner }])),
    );
    const results = await Promise.all(jobs);
    expect(results.map((r) => r.tests[0].result.stdout.toString())).toEqual(['f1\n', 'f2\n', 'f3\n']);
  });
});
