import Dockerode from 'dockerode';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { languagePack } from '@tryout/languages';
import { DockerSandboxDriver, type SandboxDriver, type SandboxProcessResult } from '@tryout/sandbox';

/**
 * The harness runtimes that are real source files are tested in their own language, in their
 * runner image, through the real sandbox driver: the runtime folder is copied as it is in the
 * repository (runtime files at the top, tests under test/), then built and run.
 */
const RUNTIME_TESTS: { language: 'rust' | 'csharp'; compile: string[]; run: string[] }[] = [
  {
    language: 'rust',
    compile: ['rustc', '--test', '--edition', '2021', '-o', 'runtime_test', 'test/tryout_test.rs'],
    run: ['./runtime_test', '--test-threads=1'],
  },
  {
    language: 'csharp',
    compile: ['mcs', '-out:runtime_test.exe', 'test/TryoutTest.cs', 'Tryout.cs', 'ListNode.cs', 'TreeNode.cs'],
    run: ['mono', 'runtime_test.exe'],
  },
];
const TIMEOUT_MS = 600_000;

const driver: SandboxDriver = new DockerSandboxDriver(new Dockerode(), { poolSize: 0, idleMs: 30_000, reuseRuns: 5 });
afterAll(async () => {
  await driver.close();
});

function runtimeFiles(language: string): { path: string; content: string }[] {
  const dir = resolve(__dirname, '../../../languages/src', language, 'runtime');
  const list = (sub: string): string[] =>
    readdirSync(join(dir, sub), { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => (sub ? `${sub}/${e.name}` : e.name));
  return [...list(''), ...list('test')].map((path) => ({ path, content: readFileSync(join(dir, path), 'utf8') }));
}

describe.each(RUNTIME_TESTS)('$language harness runtime', ({ language, compile, run }) => {
  it(
    'passes its own tests in the runner image',
    async () => {
      const runtime = languagePack(language);
      let compiled: SandboxProcessResult | undefined;
      let tested: SandboxProcessResult | undefined;
      for await (const event of driver.execute({
        language,
        ownerId: `runtime-int-${language}`,
        files: runtimeFiles(language),
        compile: {
          argv: compile,
          env: runtime.env,
          limits: { cpuMs: 120_000, wallMs: 600_000, memoryKb: runtime.compileMemoryLimitKb, outputBytes: 1 << 20 },
        },
        run: { argv: run, env: runtime.env },
        tests: [
          {
            id: 'runtime',
            stdin: '',
            limits: { cpuMs: 30_000, wallMs: 120_000, memoryKb: 512 * 1024, outputBytes: 1 << 20 },
          },
        ],
      })) {
        if (event.type === 'compiled') compiled = event.result;
        else tested = event.result;
      }
      expect(compiled?.exitCode, `${compiled?.stdout.toString()}${compiled?.stderr.toString()}`).toBe(0);
      const out = `${tested?.stdout.toString()}${tested?.stderr.toString()}`;
      expect(tested?.exitCode, out).toBe(0);
      expect(out).toMatch(/test result: ok\. \d+ passed; 0 failed|\d+ passed, 0 failed/);
    },
    TIMEOUT_MS,
  );
});
