import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Dockerode from 'dockerode';
import { DockerSandboxDriver, type SandboxProcessResult } from '@tryout/sandbox';

/** What a runtime test run came to: the compile step (if any) and the one run. */
export interface RuntimeTestRun {
  compiled?: SandboxProcessResult;
  run?: SandboxProcessResult;
}

/**
 * Runs a harness runtime's own test (a program in that language that prints `ok <checks>` and
 * exits 0) in the language's runner image through the real sandbox driver, with the hardening
 * every candidate gets. `files` are paths under `dir`, shipped at the same relative paths.
 */
export async function runRuntimeTest(opts: {
  language: string;
  dir: string;
  files: string[];
  compile?: string[];
  run: string[];
}): Promise<RuntimeTestRun> {
  const driver = new DockerSandboxDriver(new Dockerode(), { poolSize: 0, idleMs: 30_000, reuseRuns: 1 });
  const limits = { cpuMs: 60_000, wallMs: 600_000, memoryKb: 512 * 1024, outputBytes: 1 << 20 };
  const out: RuntimeTestRun = {};
  try {
    const job = {
      language: opts.language,
      ownerId: `runtime-test-${opts.language}`,
      files: opts.files.map((path) => ({ path, content: readFileSync(join(opts.dir, path), 'utf8') })),
      compile: opts.compile && { argv: opts.compile, limits },
      run: { argv: opts.run },
      tests: [{ id: 'runtime', stdin: '', limits }],
    };
    for await (const event of driver.execute(job as Parameters<typeof driver.execute>[0])) {
      if (event.type === 'compiled') out.compiled = event.result;
      else out.run = event.result;
    }
  } finally {
    await driver.close();
  }
  return out;
}

/** Output of a process for an assertion message. */
export function describeProcess(r: SandboxProcessResult | undefined): string {
  if (!r) return 'did not run';
  return `${r.termination} exit ${r.exitCode} ${r.error ?? ''}\n${r.stdout.toString()}${r.stderr.toString()}`.slice(
    0,
    4000,
  );
}
