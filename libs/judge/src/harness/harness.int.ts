import Dockerode from 'dockerode';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FUNCTION_LANGUAGE_IDS, type FunctionLanguageId } from '@tryout/contracts';
import { DockerSandboxDriver, LANGUAGE_RUNTIMES, type SandboxDriver, type SandboxJob, type SandboxProcessResult } from '@tryout/sandbox';
import { compareClassResults, compareFunctionResult, type Json } from '../compare/function-compare.util';
import { HARNESS_INTERNAL_EXIT_CODE } from '../verdict.util';
import { FIXTURES } from './fixtures/fixture-specs';
import { generateHarness } from './generate-harness';

/**
 * Generated harnesses in the real runner images through the real sandbox driver: the result
 * comes back on fd 3 (`result`), never stdout.
 */
const EXT: Record<FunctionLanguageId, string> = { python: 'py', javascript: 'js', typescript: 'ts', java: 'java', cpp: 'cpp', go: 'go' };
/** Where each language's trace / diagnostic names the candidate's line (fixtures throw on line 4/5, fail to compile on line 3/4). */
const THROW_LINE: Record<FunctionLanguageId, RegExp | undefined> = {
  python: /File "solution\.py", line 4, in twoSum/,
  javascript: /solution\.js:3:\d+/,
  typescript: /solution\.ts:5:\d+/,
  java: /at Solution\.twoSum\(Solution\.java:4\)/,
  cpp: undefined, // C++ has no stack traces; the message must still be there
  go: /solution\.go:4/,
};
const COMPILE_LINE: Record<FunctionLanguageId, RegExp> = {
  python: /File "solution\.py", line 3/,
  javascript: /solution\.js:3/,
  typescript: /solution\.ts\(3,\d+\): error/,
  java: /Solution\.java:3: error/,
  cpp: /solution\.cpp:4:\d+: error/,
  go: /solution\.go:3:\d+: syntax error/,
};

const docker = new Dockerode();
const driver: SandboxDriver = new DockerSandboxDriver(docker, { poolSize: 0, idleMs: 30_000, reuseRuns: 50 });
afterAll(async () => {
  await driver.close();
});

function source(fixture: string, language: FunctionLanguageId): string {
  return readFileSync(resolve(__dirname, 'fixtures', fixture, `solution.${EXT[language]}`), 'utf8');
}

interface Ran {
  compiled?: SandboxProcessResult;
  tests: SandboxProcessResult[];
}

async function run(fixture: string, language: FunctionLanguageId, stdins: string[]): Promise<Ran> {
  const spec = FIXTURES[fixture].spec;
  const runtime = LANGUAGE_RUNTIMES[language];
  const harness = generateHarness(spec, language, source(fixture, language));
  const memoryMb = 256;
  const subst = (argv: string[]): string[] => argv.map((a) => a.replace('{mem}', String(memoryMb)));
  const compile = harness.compile ?? runtime.compile;
  const job: SandboxJob = {
    language,
    ownerId: `harness-int-${language}`,
    files: harness.files,
    compile: compile && {
      argv: subst(compile),
      env: runtime.env,
      limits: { cpuMs: runtime.compileTimeLimitMs, wallMs: runtime.compileTimeLimitMs * 3, memoryKb: runtime.compileMemoryLimitKb, outputBytes: 1 << 20 },
    },
    run: { argv: subst(harness.run ?? runtime.run), env: runtime.env },
    tests: stdins.map((stdin, i) => ({
      id: String(i),
      stdin,
      limits: { cpuMs: 5000, wallMs: 20_000, memoryKb: memoryMb * 1024 + runtime.memoryBaselineKb, outputBytes: 1 << 20 },
    })),
  };
  const out: Ran = { tests: [] };
  for await (const event of driver.execute(job)) {
    if (event.type === 'compiled') out.compiled = event.result;
    else out.tests.push(event.result);
  }
  return out;
}

function describeRun(r: SandboxProcessResult): string {
  return `exit ${r.exitCode} ${r.termination} stderr: ${r.stderr.toString().slice(0, 1500)}`;
}

function expectCompiled(ran: Ran): void {
  if (ran.compiled) {
    expect(ran.compiled.exitCode, `${ran.compiled.stdout.toString()}${ran.compiled.stderr.toString()}`).toBe(0);
  }
}

const SOLVED = ['two-sum', 'reverse-list', 'level-order', 'invert-tree', 'lru-cache', 'echo', 'mix', 'prints'];

describe.each([...FUNCTION_LANGUAGE_IDS])('%s harness', (language) => {
  it.each(SOLVED)('%s: returns the right values on fd 3', async (fixture) => {
    const { spec, cases } = FIXTURES[fixture];
    const mine = cases.filter((c) => !c.skip?.includes(language));
    const ran = await run(fixture, language, mine.map((c) => c.input));
    expectCompiled(ran);
    expect(ran.tests).toHaveLength(mine.length);
    mine.forEach((c, i) => {
      const r = ran.tests[i];
      expect(r.exitCode, describeRun(r)).toBe(0);
      const text = r.result?.toString('utf8') ?? '';
      if (c.expectedText !== undefined) {
        expect(text).toBe(c.expectedText);
        return;
      }
      const got = JSON.parse(text) as Json;
      const outcome =
        spec.kind === 'class' ? compareClassResults(got, c.expected as Json, spec.compare) : compareFunctionResult(got, c.expected as Json, spec.compare);
      expect(outcome, `case ${i}: got ${text}`).toMatchObject({ ok: true });
      if (fixture === 'prints') {
        // The candidate's prints stay on stdout, look like answers, and change nothing.
        expect(r.stdout.toString()).toContain('[0,0]');
        expect(r.stdout.toString()).toContain('[9,9]');
        expect(r.stderr.toString()).toContain('to stderr');
      } else {
        expect(r.stdout.toString()).toBe('');
      }
    });
  });

  it('a candidate exception is a non-zero exit that is not the harness code, with its trace', async () => {
    const ran = await run('throws', language, [FIXTURES.throws.cases[0].input]);
    expectCompiled(ran);
    const r = ran.tests[0];
    expect(r.termination === 'exited' ? r.exitCode : 1, describeRun(r)).not.toBe(0);
    expect(r.exitCode).not.toBe(HARNESS_INTERNAL_EXIT_CODE);
    expect(r.result?.length ?? 0).toBe(0);
    const trace = THROW_LINE[language];
    if (trace) expect(r.stderr.toString()).toMatch(trace);
    else expect(r.stderr.toString()).toMatch(/what\(\):.*range/);
  });

  it('a compile error keeps the candidate line number', async () => {
    const ran = await run('compile-error', language, ['[1]\n1\n']);
    expect(ran.compiled, 'no compile step').toBeDefined();
    expect(ran.compiled?.exitCode).not.toBe(0);
    expect(`${ran.compiled?.stdout.toString()}${ran.compiled?.stderr.toString()}`).toMatch(COMPILE_LINE[language]);
  });

  it('unreadable test input is the harness failure code, not the candidate', async () => {
    const ran = await run('two-sum', language, ['[1,2,\n3\n', '[1,2]\n']);
    expectCompiled(ran);
    for (const r of ran.tests) expect(r.exitCode, describeRun(r)).toBe(HARNESS_INTERNAL_EXIT_CODE);
  });
});
