import { languagePack } from '@tryout/languages';
import Dockerode from 'dockerode';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FUNCTION_LANGUAGE_IDS, type FunctionLanguageId } from '@tryout/contracts';
import { DockerSandboxDriver, type SandboxDriver, type SandboxJob, type SandboxProcessResult } from '@tryout/sandbox';
import { compareClassResults, compareFunctionResult, type Json } from '../compare/function-compare.util';
import { HARNESS_ABORT_EXIT_CODE } from '@tryout/languages';
import { FIXTURES } from './fixtures/fixture-specs';
import { generateHarness } from './generate-harness';

/**
 * Generated harnesses in the real runner images through the real sandbox driver: the result
 * comes back on fd 3 (`result`), never stdout.
 */
/** Where each language's trace or diagnostic names the candidate's line (fixtures: two-sum throws for target -1, compile-error fails on line 3/4). */
const THROW_LINE: Record<FunctionLanguageId, RegExp> = {
  python: /File "solution\.py", line 8, in twoSum/,
  javascript: /solution\.js:10:\d+/,
  typescript: /solution\.ts:8:\d+/,
  java: /at Solution\.twoSum\(Solution\.java:6\)/,
  c: /solution\.c:5: twoSum: Assertion/, // C has no exceptions: a failed assert names the line
  cpp: /what\(\):.*range/, // C++ has no stack traces; the exception's message must be there
  go: /solution\.go:8/,
  ruby: /^solution\.rb:8:in `(block in )?two_sum'/m,
  rust: /panicked at .*solution\.rs:8:\d+/,
  csharp: /at Solution\.TwoSum .*solution\.cs:8/,
  kotlin: /at Solution\.twoSum\(Solution\.kt:6\)/,
  scala: /at Solution\$\.twoSum\(Solution\.scala:6\)/,
  php: /OutOfRangeException: index 4 in solution\.php:7/,
  elixir: /\(ArgumentError\) index 4[\s\S]*solution\.ex:7/,
};
const COMPILE_LINE: Record<FunctionLanguageId, RegExp> = {
  python: /File "solution\.py", line 3/,
  javascript: /solution\.js:3/,
  typescript: /solution\.ts\(3,\d+\): error/,
  java: /Solution\.java:3: error/,
  c: /solution\.c:3:\d+: error/,
  cpp: /solution\.cpp:4:\d+: error/,
  go: /solution\.go:3:\d+: syntax error/,
  ruby: /solution\.rb:3: syntax error/,
  rust: /--> solution\.rs:3:\d+/,
  csharp: /solution\.cs\(3,\d+\): error/,
  kotlin: /Solution\.kt:3:\d+: error/,
  scala: /Solution\.scala:3: error/,
  php: /solution\.php on line 3/,
  elixir: /solution\.ex:3/,
};
/** Compiles under a loaded CI host are slow; wall time is never asserted. */
const TIMEOUT_MS = 600_000;

const docker = new Dockerode();
const driver: SandboxDriver = new DockerSandboxDriver(docker, { poolSize: 0, idleMs: 30_000, reuseRuns: 50 });
afterAll(async () => {
  await driver.close();
});

function source(fixture: string, language: FunctionLanguageId): string {
  return readFileSync(
    resolve(__dirname, 'fixtures', fixture, `solution${languagePack(language).extensions[0]}`),
    'utf8',
  );
}

interface Ran {
  compiled?: SandboxProcessResult;
  tests: SandboxProcessResult[];
}

async function run(
  fixture: string,
  language: FunctionLanguageId,
  stdins: string[],
  candidate = source(fixture, language),
): Promise<Ran> {
  const spec = FIXTURES[fixture].spec;
  const runtime = languagePack(language);
  const harness = generateHarness(spec, language, candidate);
  const memoryMb = 256;
  const compile = harness.compile ?? runtime.compile;
  const job: SandboxJob = {
    language,
    ownerId: `harness-int-${language}`,
    files: harness.files,
    compile: compile && {
      argv: compile,
      env: runtime.env,
      // Generous: a loaded CI host must not turn a slow compile into a failure (no timing is asserted).
      limits: {
        cpuMs: runtime.compileTimeLimitMs * 3,
        wallMs: 600_000,
        memoryKb: runtime.compileMemoryLimitKb,
        outputBytes: 1 << 20,
      },
    },
    run: { argv: harness.run ?? runtime.run, env: runtime.env },
    tests: stdins.map((stdin, i) => ({
      id: String(i),
      stdin,
      limits: {
        cpuMs: 10_000,
        wallMs: 120_000,
        memoryKb: memoryMb * 1024 + runtime.memoryBaselineKb,
        outputBytes: 1 << 20,
      },
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
    const c = ran.compiled;
    expect(
      c.exitCode,
      `${c.termination} ${c.cpuMs}ms cpu ${c.wallMs}ms wall ${c.error ?? ''}: ${c.stdout.toString()}${c.stderr.toString()}`,
    ).toBe(0);
  }
}

const SOLVED = ['reverse-list', 'level-order', 'invert-tree', 'lru-cache', 'min-stack', 'echo', 'mix'];

function expectValues(fixture: string, language: FunctionLanguageId, tests: SandboxProcessResult[]): void {
  const { spec, cases } = FIXTURES[fixture];
  const mine = cases.filter((c) => !c.skip?.includes(language));
  expect(tests.length).toBeGreaterThanOrEqual(mine.length);
  mine.forEach((c, i) => {
    const r = tests[i];
    expect(r.exitCode, describeRun(r)).toBe(0);
    const text = r.result?.toString('utf8') ?? '';
    if (c.expectedText !== undefined) {
      expect(text).toBe(c.expectedText);
      return;
    }
    const got = JSON.parse(text) as Json;
    const outcome =
      spec.kind === 'class'
        ? compareClassResults(got, c.expected as Json, spec.compare)
        : compareFunctionResult(got, c.expected as Json, spec.compare);
    expect(outcome, `case ${i}: got ${text}`).toMatchObject({ ok: true });
  });
}

const cases = (fixture: string, language: FunctionLanguageId): string[] =>
  FIXTURES[fixture].cases.filter((c) => !c.skip?.includes(language)).map((c) => c.input);

describe.concurrent.each([...FUNCTION_LANGUAGE_IDS])('%s harness', (language) => {
  it(
    'two-sum: results on fd 3 whatever the candidate prints; its exception is its own; unreadable input aborts with 97',
    async () => {
      const inputs = cases('two-sum', language);
      const ran = await run('two-sum', language, [...inputs, '[2,7,11,15]\n-1\n', '[1,2,\n3\n', '[1,2]\n']);
      expectCompiled(ran);
      expectValues('two-sum', language, ran.tests);
      for (const r of ran.tests.slice(0, inputs.length)) {
        // The candidate's prints stay on stdout and stderr, look like answers, and change nothing.
        expect(r.stdout.toString()).toMatch(/^\[0,0\]\ndebug /);
        expect(r.stderr.toString()).toBe('to stderr\n');
      }
      const [threw, garbled, short] = ran.tests.slice(inputs.length);
      expect(threw.termination === 'exited' ? threw.exitCode : 1, describeRun(threw)).not.toBe(0);
      expect(threw.exitCode).not.toBe(HARNESS_ABORT_EXIT_CODE);
      expect(threw.result?.length ?? 0).toBe(0);
      expect(threw.stdout.toString()).toMatch(/^\[0,0\]/); // flushed before the failure
      expect(threw.stderr.toString()).toMatch(THROW_LINE[language]);
      for (const r of [garbled, short]) {
        expect(r.exitCode, describeRun(r)).toBe(HARNESS_ABORT_EXIT_CODE);
        expect(r.stdout.toString()).toBe('');
      }
    },
    TIMEOUT_MS,
  );

  it.each(SOLVED)(
    '%s: returns the right values on fd 3',
    async (fixture) => {
      // A fixture the language cannot express at all (PHP and a class named Echo) has no cases for it.
      if (cases(fixture, language).length === 0) return;
      const ran = await run(fixture, language, cases(fixture, language));
      expectCompiled(ran);
      expectValues(fixture, language, ran.tests);
      for (const r of ran.tests) expect(r.stdout.toString()).toBe('');
    },
    TIMEOUT_MS,
  );

  it(
    'a compile error keeps the candidate line number',
    async () => {
      const ran = await run('compile-error', language, ['[1]\n1\n']);
      expect(ran.compiled, 'no compile step').toBeDefined();
      expect(ran.compiled?.termination).toBe('exited');
      expect(ran.compiled?.exitCode).not.toBe(0);
      expect(`${ran.compiled?.stdout.toString()}${ran.compiled?.stderr.toString()}`).toMatch(COMPILE_LINE[language]);
    },
    TIMEOUT_MS,
  );
});

describe.concurrent('typescript harness: type-checked like LeetCode', () => {
  const compileOutput = (ran: Ran): string => `${ran.compiled?.stdout.toString()}${ran.compiled?.stderr.toString()}`;
  const failsToCompile = (ran: Ran, pattern: RegExp): void => {
    expect(ran.compiled?.exitCode, compileOutput(ran)).toBe(1);
    expect(compileOutput(ran)).toMatch(pattern);
    expect(ran.tests).toEqual([]);
  };

  it(
    'a type error is a compile error at the candidate line',
    async () => {
      const ran = await run(
        'two-sum',
        'typescript',
        ['[1]\n1\n'],
        [
          'function twoSum(nums: number[], target: number): number[] {',
          "    const x: number = 'a';",
          '    return [0, 0];',
          '}',
        ].join('\n'),
      );
      failsToCompile(ran, /^solution\.ts\(2,11\): error TS2322: Type 'string' is not assignable to type 'number'\./m);
    },
    TIMEOUT_MS,
  );

  it(
    'a signature the runtime cannot call is a compile error at its declaration',
    async () => {
      const wrongType = await run(
        'two-sum',
        'typescript',
        ['[1]\n1\n'],
        ['// a comment', 'function twoSum(nums: string[], target: number): number[] {', '    return [0, 0];', '}'].join(
          '\n',
        ),
      );
      failsToCompile(
        wrongType,
        /^solution\.ts\(2,10\): error TS2322: the judge uses twoSum as \(nums: number\[\], target: number\) => number\[\]/m,
      );
      const missing = await run(
        'two-sum',
        'typescript',
        ['[1]\n1\n'],
        'function twoSums(nums: number[]): number[] {\n    return [];\n}\n',
      );
      failsToCompile(missing, /error TS\d+: the judge uses twoSum as .*Cannot find name 'twoSum'/);
    },
    TIMEOUT_MS,
  );

  it(
    "LeetCode's ListNode is declared, and a candidate's own ListNode class replaces it",
    async () => {
      const inputs = cases('reverse-list', 'typescript');
      const own = source('reverse-list', 'typescript').replace(
        /\/\*\*[\s\S]*?\*\/\n/,
        [
          'class ListNode {',
          '    val: number',
          '    next: ListNode | null',
          '    constructor(val?: number, next?: ListNode | null) {',
          '        this.val = (val===undefined ? 0 : val)',
          '        this.next = (next===undefined ? null : next)',
          '    }',
          '}',
          '',
        ].join('\n'),
      );
      expect(own).toContain('class ListNode {');
      const ran = await run('reverse-list', 'typescript', inputs, own);
      expectCompiled(ran);
      expectValues('reverse-list', 'typescript', ran.tests);
      const wrong = await run(
        'reverse-list',
        'typescript',
        inputs,
        source('reverse-list', 'typescript').replace('head.next = prev;', 'head.next = prev.val;'),
      );
      failsToCompile(
        wrong,
        /^solution\.ts\(\d+,\d+\): error TS2322: Type 'number' is not assignable to type 'ListNode'/m,
      );
    },
    TIMEOUT_MS,
  );
});
