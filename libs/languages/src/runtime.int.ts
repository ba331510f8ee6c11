/**
 * The harness runtimes' own tests, in their languages, in the real runner images through the real
 * sandbox driver: each pack's `runtime/` (with its `test/`) goes into the work dir and the pack's
 * test command must exit 0.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { LanguageId } from '@tryout/contracts';
import { DockerSandboxDriver, type SandboxDriver, type SandboxJob, type SandboxProcessResult } from '@tryout/sandbox';
import Dockerode from 'dockerode';
import { afterAll, describe, expect, it } from 'vitest';
import { LANGUAGE_PACKS } from './registry';

const driver: SandboxDriver = new DockerSandboxDriver(new Dockerode(), { poolSize: 0, idleMs: 30_000, reuseRuns: 10 });
afterAll(async () => {
  await driver.close();
});

const LIMITS = { cpuMs: 60_000, wallMs: 300_000, memoryKb: 1024 * 1024, outputBytes: 1 << 20 };

function filesUnder(dir: string): { path: string; content: string }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const path = join(e.parentPath, e.name);
      return { path: relative(dir, path), content: readFileSync(path, 'utf8') };
    });
}

const show = (r: SandboxProcessResult): string =>
  `exit ${r.exitCode} ${r.termination}\n${r.stdout.toString()}\n${r.stderr.toString()}`;

const tested = LANGUAGE_PACKS.filter((p) => p.runtimeTests);

describe.each(tested.map((p) => [p.id, p] as const))('%s harness runtime', (_id, pack) => {
  it('passes its own tests in the runner image', { timeout: 600_000 }, async () => {
    const tests = pack.runtimeTests!;
    const job: SandboxJob = {
      language: pack.id as LanguageId,
      ownerId: `runtime-int-${pack.id}`,
      files: filesUnder(tests.dir),
      compile: tests.compile && {
        argv: tests.compile,
        env: pack.env,
        // JVM compilers need more than a runtime test does.
        limits: {
          ...LIMITS,
          cpuMs: Math.max(LIMITS.cpuMs, pack.compileTimeLimitMs * 3),
          memoryKb: Math.max(LIMITS.memoryKb, pack.compileMemoryLimitKb),
        },
      },
      run: { argv: tests.run, env: pack.env },
      tests: [{ id: 'runtime', stdin: '', limits: LIMITS }],
    };
    const results: SandboxProcessResult[] = [];
    for await (const event of driver.execute(job)) {
      if (event.type === 'compiled') {
        expect(event.result.exitCode, show(event.result)).toBe(0);
        if (tests.quietCompile) expect(event.result.stderr.toString(), 'no warnings').toBe('');
      } else results.push(event.result);
    }
    expect(results).toHaveLength(1);
    expect(results[0].exitCode, show(results[0])).toBe(0);
    if (tests.passes) expect(results[0].stdout.toString() + results[0].stderr.toString()).toMatch(tests.passes);
  });
});
