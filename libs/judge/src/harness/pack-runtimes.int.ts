import Dockerode from 'dockerode';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LanguageId } from '@tryout/contracts';
import { languagePack } from '@tryout/languages';
import { DockerSandboxDriver, type SandboxDriver, type SandboxProcessResult } from '@tryout/sandbox';

/**
 * The harness runtimes' own tests, in their languages (libs/languages/src/<id>/runtime/test/),
 * compiled with the runtime by the pack's compiler and run in the runner image through the real
 * driver: the test program prints `ok` and exits 0, or names each failed check.
 */
const TIMEOUT_MS = 600_000;
const PACKS = resolve(__dirname, '../../../languages/src');
/** The class each runtime test starts from (the pack's run argv names the stdio program's). */
const TEST_MAIN: Record<string, { stdioMain: string; testMain: string }> = {
  kotlin: { stdioMain: 'MainKt', testMain: 'RuntimeTestKt' },
  scala: { stdioMain: 'Main', testMain: 'RuntimeTest' },
};

const driver: SandboxDriver = new DockerSandboxDriver(new Dockerode(), { poolSize: 0, idleMs: 30_000, reuseRuns: 50 });
afterAll(async () => {
  await driver.close();
});

describe.concurrent.each(Object.keys(TEST_MAIN))('%s harness runtime', (id) => {
  it(
    'passes its tests in the runner image',
    async () => {
      const pack = languagePack(id);
      const ext = extname(pack.sourceFile);
      const read = (dir: string) =>
        readdirSync(dir)
          .filter((f) => f.endsWith(ext))
          .map((f) => ({ path: f, content: readFileSync(resolve(dir, f), 'utf8') }));
      const files = [...read(resolve(PACKS, id, 'runtime')), ...read(resolve(PACKS, id, 'runtime', 'test'))];
      const { stdioMain, testMain } = TEST_MAIN[id];
      const compile = pack.compile.flatMap((a) => (a === pack.sourceFile ? files.map((f) => f.path) : [a]));
      const run = pack.run.map((a) => (a === stdioMain ? testMain : a.replace('{mem}', '256')));
      let compiled: SandboxProcessResult | undefined;
      const tests: SandboxProcessResult[] = [];
      for await (const event of driver.execute({
        language: id as LanguageId,
        ownerId: `pack-runtime-${id}`,
        files,
        compile: {
          argv: compile,
          env: pack.env,
          limits: {
            cpuMs: pack.compileTimeLimitMs * 3,
            wallMs: 600_000,
            memoryKb: pack.compileMemoryLimitKb,
            outputBytes: 1 << 20,
          },
        },
        run: { argv: run, env: pack.env },
        tests: [
          {
            id: '0',
            stdin: '',
            limits: {
              cpuMs: 10_000,
              wallMs: 120_000,
              memoryKb: 256 * 1024 + pack.memoryBaselineKb,
              outputBytes: 1 << 20,
            },
          },
        ],
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
