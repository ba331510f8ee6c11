import Dockerode from 'dockerode';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DockerSandboxDriver, LANGUAGE_RUNTIMES, type SandboxDriver, type SandboxProcessResult } from '@tryout/sandbox';

/**
 * The Kotlin harness runtime's own tests (runtime/test/RuntimeTest.kt), compiled with the runtime
 * and run in the runner image through the real driver.
 */
const TIMEOUT_MS = 600_000;
const driver: SandboxDriver = new DockerSandboxDriver(new Dockerode(), { poolSize: 0, idleMs: 30_000, reuseRuns: 50 });
afterAll(async () => {
  await driver.close();
});

const dir = join(__dirname, 'runtime');
const files = [
  ...readdirSync(dir)
    .filter((f) => f.endsWith('.kt'))
    .map((f) => ({ path: f, content: readFileSync(join(dir, f), 'utf8') })),
  { path: 'RuntimeTest.kt', content: readFileSync(join(dir, 'test', 'RuntimeTest.kt'), 'utf8') },
];

describe('kotlin harness runtime', () => {
  it(
    'passes its tests in the runner image',
    async () => {
      const runtime = LANGUAGE_RUNTIMES.kotlin;
      const compile = (runtime.compile ?? []).flatMap((a) => (a === runtime.sourceFile ? files.map((f) => f.path) : [a]));
      const run = runtime.run.map((a) => (a === 'MainKt' ? 'RuntimeTestKt' : a.replace('{mem}', '256')));
      let compiled: SandboxProcessResult | undefined;
      const tests: SandboxProcessResult[] = [];
      for await (const event of driver.execute({
        language: 'kotlin',
        ownerId: 'kotlin-runtime-int',
        files,
        compile: {
          argv: compile,
          env: runtime.env,
          limits: { cpuMs: runtime.compileTimeLimitMs * 3, wallMs: 600_000, memoryKb: runtime.compileMemoryLimitKb, outputBytes: 1 << 20 },
        },
        run: { argv: run, env: runtime.env },
        tests: [{ id: '0', stdin: '', limits: { cpuMs: 10_000, wallMs: 120_000, memoryKb: 256 * 1024 + runtime.memoryBaselineKb, outputBytes: 1 << 20 } }],
      })) {
        if (event.type === 'compiled') compiled = event.result;
        else tests.push(event.result);
      }
      expect(compiled?.exitCode, `${compiled?.stdout.toString()}${compiled?.stderr.toString()}`).toBe(0);
      expect(tests[0].stdout.toString(), tests[0].stderr.toString()).toBe('ok\n');
      expect(tests[0].exitCode).toBe(0);
    },
    TIMEOUT_MS,
  );
});
