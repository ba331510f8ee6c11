import { languagePack } from '@tryout/languages';
import { describe, expect, it, vi } from 'vitest';
import { stepArgv, type SandboxJob, type SandboxProcessResult, type SandboxTest } from '@tryout/sandbox';
import type { JudgeableProblem, ProblemTest } from '../problem/problem-package';
import { FakeSandboxDriver, okResult } from '../testing/fake-sandbox.driver';
import { DISPLAY_CAP_BYTES, displayText, judgeSubmission } from './judge-submission';
import type { JudgeEvent } from './judge.types';
import { TWO_SUM_SPEC } from '../harness/fixtures/fixture-specs';
import { checkFunctionInput } from '../problem/function-input.validator';

// The real check, counted: a loaded problem's inputs are checked once, not on every submission.
vi.mock('../problem/function-input.validator', async (actual) => {
  const real = await actual<typeof import('../problem/function-input.validator')>();
  return { ...real, checkFunctionInput: vi.fn(real.checkFunctionInput) };
});

const limits = {
  timeLimitMs: 1000,
  memoryMb: 256,
  outputMb: 8,
  timeLimitSource: 'explicit',
  timeMultiplier: 2,
  timeSafetyMargin: 1.5,
} as const;

function stdioProblem(tests: ProblemTest[], extra: Partial<JudgeableProblem> = {}): JudgeableProblem {
  return { uuid: 'p1', type: 'stdio', limits, validation: { kind: 'default', flags: [] }, tests, ...extra };
}

const tests: ProblemTest[] = [
  { name: 'sample/1', group: 'sample', input: '1 2\n', answer: '3\n' },
  { name: 'secret/a', group: 'secret', input: '2 2\n', answer: '4\n' },
  { name: 'secret/b', group: 'secret', input: '5 5\n', answer: '10\n' },
];

/** A fake "program" that adds the two numbers of its stdin, with a bug hook. */
function adder(bug?: (a: number, b: number) => SandboxProcessResult | undefined) {
  return (test: { stdin: string | Buffer }) => {
    const [a, b] = String(test.stdin).trim().split(/\s+/).map(Number);
    return bug?.(a, b) ?? okResult(`${a + b}\n`);
  };
}

describe('judgeSubmission (stdio, default validator)', () => {
  it('accepts, streaming compiling → running k/n → verdict', async () => {
    const driver = new FakeSandboxDriver([{ test: adder() }]);
    const events: JudgeEvent[] = [];
    const result = await judgeSubmission({
      driver,
      problem: stdioProblem(tests),
      language: 'cpp',
      source: 'int main(){}',
      mode: 'submit',
      ownerId: 'u1',
      onEvent: (e) => void events.push(e),
    });
    expect(result.verdict).toBe('accepted');
    expect(result.tests.map((t) => t.verdict)).toEqual(['accepted', 'accepted', 'accepted']);
    expect(events.map((e) => (e.type === 'running' ? `running ${e.done}/${e.total}` : e.type))).toEqual([
      'compiling',
      'running 1/3',
      'running 2/3',
      'running 3/3',
      'verdict',
    ]);
  });

  it('builds the job from the language runtime: source file, limits × multiplier, memory + baseline, owner', async () => {
    const driver = new FakeSandboxDriver([{ test: adder() }]);
    await judgeSubmission({
      driver,
      problem: stdioProblem(tests),
      language: 'python',
      source: 'print(1)',
      mode: 'submit',
      ownerId: 'u1',
    });
    const job = driver.jobs[0];
    expect(job.ownerId).toBe('u1');
    expect(job.files).toEqual([{ path: 'main.py', content: 'print(1)' }]);
    const python = languagePack('python');
    expect(job.tests[0].limits.cpuMs).toBe(1000 * python.timeMultiplier);
    expect(job.tests[0].limits.memoryKb).toBe(256 * 1024 + python.memoryBaselineKb);
    expect(job.tests[0].limits.outputBytes).toBe(8 * 1024 * 1024);
    expect(job.tests[0].limits.wallMs).toBeGreaterThan(job.tests[0].limits.cpuMs);
    expect(job.tests.map((t) => t.stdin)).toEqual(['1 2\n', '2 2\n', '5 5\n']);
  });

  it('submit stops at the first failing hidden test and aborts the execution', async () => {
    const driver = new FakeSandboxDriver([{ test: adder((a) => (a === 2 ? okResult('5\n') : undefined)) }]);
    const result = await judgeSubmission({
      driver,
      problem: stdioProblem(tests),
      language: 'cpp',
      source: '',
      mode: 'submit',
      ownerId: 'u1',
    });
    expect(result.verdict).toBe('wrong_answer');
    expect(result.tests.map((t) => t.verdict)).toEqual(['accepted', 'wrong_answer']);
    expect(result.tests[1].message).toBe('line 1: expected "4", got "5"');
    expect(driver.ran[0]).toEqual(['0', '1']);
  });

  it('run executes every given test, failures included, and defaults to the samples', async () => {
    const driver = new FakeSandboxDriver(() => ({ test: adder(() => okResult('0\n')) }));
    const all = await judgeSubmission({
      driver,
      problem: stdioProblem(tests),
      language: 'cpp',
      source: '',
      mode: 'run',
      ownerId: 'u1',
      tests: tests.map((t) => ({ ...t })),
    });
    expect(all.tests.map((t) => t.verdict)).toEqual(['wrong_answer', 'wrong_answer', 'wrong_answer']);
    expect(all.verdict).toBe('wrong_answer');
    const samples = await judgeSubmission({
      driver,
      problem: stdioProblem(tests),
      language: 'cpp',
      source: '',
      mode: 'run',
      ownerId: 'u1',
    });
    expect(samples.tests.map((t) => t.name)).toEqual(['sample/1']);
  });

  it('custom input without an answer is judged on execution only', async () => {
    const driver = new FakeSandboxDriver([{ test: () => okResult('whatever\n') }]);
    const result = await judgeSubmission({
      driver,
      problem: stdioProblem(tests),
      language: 'cpp',
      source: '',
      mode: 'run',
      ownerId: 'u1',
      tests: [{ name: 'custom', group: 'custom', input: '7 8\n' }],
    });
    expect(result.verdict).toBe('accepted');
    expect(result.tests[0].stdout).toBe('whatever\n');
  });

  it('decides execution verdicts before comparing, in the sandbox order (our kill, OOM, signal, exit code)', async () => {
    const cases: [Partial<SandboxProcessResult>, string][] = [
      [{ termination: 'cpu_limit', signal: 'SIGKILL', exitCode: null }, 'time_limit_exceeded'],
      [{ termination: 'wall_limit' }, 'time_limit_exceeded'],
      [{ termination: 'memory_limit' }, 'memory_limit_exceeded'],
      [{ termination: 'output_limit' }, 'output_limit_exceeded'],
      [{ termination: 'signaled', signal: 'SIGSEGV', exitCode: null }, 'runtime_error'],
      [{ exitCode: 3 }, 'runtime_error'],
      [{ termination: 'sandbox_error', error: 'boom' }, 'internal_error'],
    ];
    for (const [patch, verdict] of cases) {
      // The output is right: only the execution facts can fail the test.
      const driver = new FakeSandboxDriver([{ test: adder((a, b) => okResult(`${a + b}\n`, patch)) }]);
      const result = await judgeSubmission({
        driver,
        problem: stdioProblem(tests),
        language: 'cpp',
        source: '',
        mode: 'submit',
        ownerId: 'u1',
      });
      expect(result.verdict, JSON.stringify(patch)).toBe(verdict);
      expect(result.tests).toHaveLength(1);
    }
  });

  it('reports compile_error with the compiler output and runs no test', async () => {
    const driver = new FakeSandboxDriver([
      {
        compile: () => okResult('', { exitCode: 1, stderr: Buffer.from('main.cpp:1:1: error: expected ;') }),
        test: adder(),
      },
    ]);
    const result = await judgeSubmission({
      driver,
      problem: stdioProblem(tests),
      language: 'cpp',
      source: 'x',
      mode: 'submit',
      ownerId: 'u1',
    });
    expect(result).toMatchObject({
      verdict: 'compile_error',
      tests: [],
      compileOutput: 'main.cpp:1:1: error: expected ;',
    });
    expect(driver.ran[0]).toEqual([]);
  });

  it('a compiler killed at its time limit is a compile_error, a sandbox failure while compiling is ours', async () => {
    const slow = new FakeSandboxDriver([
      { compile: () => okResult('', { termination: 'cpu_limit', exitCode: null, signal: 'SIGKILL' }), test: adder() },
    ]);
    const r1 = await judgeSubmission({
      driver: slow,
      problem: stdioProblem(tests),
      language: 'cpp',
      source: '',
      mode: 'submit',
      ownerId: 'u1',
    });
    expect(r1.verdict).toBe('compile_error');
    expect(r1.compileOutput).toMatch(/time limit/);
    const broken = new FakeSandboxDriver([
      { compile: () => okResult('', { termination: 'sandbox_error', error: 'docker died' }), test: adder() },
    ]);
    const r2 = await judgeSubmission({
      driver: broken,
      problem: stdioProblem(tests),
      language: 'cpp',
      source: '',
      mode: 'submit',
      ownerId: 'u1',
    });
    expect(r2.verdict).toBe('internal_error');
    expect(r2.error).toContain('docker died');
  });

  it('turns driver exceptions and short streams into internal_error, never a candidate verdict', async () => {
    const throwing = new FakeSandboxDriver(() => {
      throw new Error('no runner image');
    });
    const r1 = await judgeSubmission({
      driver: throwing,
      problem: stdioProblem(tests),
      language: 'cpp',
      source: '',
      mode: 'submit',
      ownerId: 'u1',
    });
    expect(r1.verdict).toBe('internal_error');
    expect(r1.error).toContain('no runner image');
    const exploding = new FakeSandboxDriver([
      {
        test: (t) => {
          if (t.id === '1') throw new Error('connection reset');
          return okResult(t.id === '0' ? '3\n' : '');
        },
      },
    ]);
    const r2 = await judgeSubmission({
      driver: exploding,
      problem: stdioProblem(tests),
      language: 'cpp',
      source: '',
      mode: 'submit',
      ownerId: 'u1',
    });
    expect(r2.verdict).toBe('internal_error');
    expect(r2.error).toContain('connection reset');
  });

  it('caps shown output at DISPLAY_CAP_BYTES characters, note included, without splitting a character', async () => {
    const big = Buffer.alloc(8 * 1024 * 1024, 'é');
    const driver = new FakeSandboxDriver([{ test: () => okResult(big, { stderr: big }) }]);
    const result = await judgeSubmission({
      driver,
      problem: stdioProblem(tests.slice(0, 1)),
      language: 'cpp',
      source: '',
      mode: 'submit',
      ownerId: 'u1',
    });
    for (const shown of [result.tests[0].stdout, result.tests[0].stderr]) {
      // Stored with a cap of the same number of characters: nothing may be cut a second time.
      expect(shown.length).toBeLessThanOrEqual(DISPLAY_CAP_BYTES);
      expect(shown).not.toContain('\ufffd');
      const m = /\n… \((\d+) more bytes\)$/.exec(shown);
      expect(m, shown.slice(-40)).not.toBeNull();
      const kept = Buffer.byteLength(shown.slice(0, shown.length - (m?.[0].length ?? 0)));
      expect(kept + Number(m?.[1])).toBe(big.length);
    }
    expect(displayText(Buffer.from('short'))).toBe('short');
  });

  it('stops at the wall budget: the test that spends it is TLE and no later test runs, in either mode', async () => {
    const many: ProblemTest[] = Array.from({ length: 10 }, (_, i) => ({
      name: `secret/${i}`,
      group: 'secret',
      input: '1 1\n',
      answer: '2\n',
    }));
    // C: CPU 1000 ms, wall 2500 ms per test, budget 10 × 1000 + 2500 = 12 500 ms.
    for (const mode of ['submit', 'run'] as const) {
      const driver = new FakeSandboxDriver([{ test: adder(() => okResult('2\n', { cpuMs: 1, wallMs: 2400 })) }]);
      const result = await judgeSubmission({
        driver,
        problem: stdioProblem(many),
        language: 'c',
        source: '',
        mode,
        ownerId: 'u1',
        tests: many,
      });
      expect(result.verdict).toBe('time_limit_exceeded');
      expect(driver.ran[0]).toHaveLength(6); // 6 × 2400 = 14 400 > 12 500; 5 × 2400 = 12 000 fits
      expect(result.tests.map((t) => t.verdict)).toEqual([...Array(5).fill('accepted'), 'time_limit_exceeded']);
      expect(result.tests[5].message).toMatch(/12\.5 s/);
    }
  });

  it('does not charge the wall budget for time spent waiting for a CPU', async () => {
    const many: ProblemTest[] = Array.from({ length: 10 }, (_, i) => ({
      name: `secret/${i}`,
      group: 'secret',
      input: '1 1\n',
      answer: '2\n',
    }));
    const driver = new FakeSandboxDriver([
      { test: adder(() => okResult('2\n', { cpuMs: 900, wallMs: 2400, cpuWaitMs: 1400 })) },
    ]);
    const result = await judgeSubmission({
      driver,
      problem: stdioProblem(many),
      language: 'c',
      source: '',
      mode: 'submit',
      ownerId: 'u1',
      tests: many,
    });
    expect(result.verdict).toBe('accepted');
    expect(driver.ran[0]).toHaveLength(10);
  });

  it('subtracts the runtime memory baseline from what it reports', async () => {
    const driver = new FakeSandboxDriver([{ test: adder((a, b) => okResult(`${a + b}\n`, { memoryKb: 100 * 1024 })) }]);
    const result = await judgeSubmission({
      driver,
      problem: stdioProblem(tests),
      language: 'java',
      source: 'class Main {}',
      mode: 'submit',
      ownerId: 'u1',
    });
    const java = languagePack('java');
    expect(result.tests[0].memoryKb).toBe(100 * 1024 - (java.reportBaselineKb ?? java.memoryBaselineKb));
  });

  it('applies validator flags from the problem and from the test group', async () => {
    const floats: ProblemTest[] = [
      {
        name: 'secret/g/1',
        group: 'secret',
        input: '',
        answer: '0.333333\n',
        validatorFlags: ['float_absolute_tolerance', '1e-3'],
      },
    ];
    const driver = new FakeSandboxDriver([{ test: () => okResult('0.3334\n') }]);
    const result = await judgeSubmission({
      driver,
      problem: stdioProblem(floats),
      language: 'cpp',
      source: '',
      mode: 'submit',
      ownerId: 'u1',
    });
    expect(result.verdict).toBe('accepted');
  });
});

describe('judgeSubmission (Java stdio)', () => {
  it('names the file after the public class and runs the class with main', async () => {
    const driver = new FakeSandboxDriver([{ test: adder() }]);
    const source =
      '// public class Fake {}\nimport java.util.*;\npublic class Adder {\n  public static void main(String[] a) {}\n}\n';
    await judgeSubmission({
      driver,
      problem: stdioProblem(tests),
      language: 'java',
      source,
      mode: 'submit',
      ownerId: 'u1',
    });
    const job = driver.jobs[0];
    expect(job.files[0].path).toBe('Adder.java');
    expect(job.compile?.argv).toContain('Adder.java');
    expect(job.compile?.argv).not.toContain('Main.java');
    expect(job.run.argv.at(-1)).toBe('Adder');
    // The sandbox fills in {mem} from the test's limits: the heap is the problem's 256 MiB.
    expect(stepArgv('java', job.run.argv, job.tests[0].limits)).toContain('-Xmx256m');
  });
});

describe('judgeSubmission (custom validator)', () => {
  let n = 0;
  /** A distinct validator per test: compiled binaries are cached by content. */
  function customProblem(): JudgeableProblem {
    n++;
    const validator = {
      language: 'cpp' as const,
      entry: 'validate.cpp',
      files: [
        { path: 'validate.cpp', content: `int main(){} // ${n}` },
        { path: 'validate.h', content: '' },
      ],
    };
    return stdioProblem(tests, { validation: { kind: 'custom', flags: ['tol'] }, validator });
  }
  const isCompileJob = (job: SandboxJob) => job.tests.length === 1 && job.tests[0].id === 'collect';
  /** Candidate adds; the compile job yields a "binary"; the validator answers with `verdict`. */
  function driverWith(
    verdict: (t: SandboxTest) => SandboxProcessResult,
    candidate = adder(),
    compile?: () => SandboxProcessResult,
  ) {
    return new FakeSandboxDriver((job) => {
      if (job.ownerId !== 'validator:p1') return { test: candidate };
      if (isCompileJob(job))
        return { compile, test: () => okResult('', { files: { validator: Buffer.from('\x7fELF') } }) };
      return { test: verdict };
    });
  }

  it('compiles the validator once in a sandbox job of its own, then runs the binary under a validator owner', async () => {
    const problem = customProblem();
    const driver = driverWith(() => okResult('', { exitCode: 42 }));
    const result = await judgeSubmission({
      driver,
      problem,
      language: 'python',
      source: '',
      mode: 'submit',
      ownerId: 'cand',
    });
    expect(result.verdict).toBe('accepted');
    const [cand, compile, val] = driver.jobs;
    expect(cand.ownerId).toBe('cand');
    expect(compile.ownerId).toBe('validator:p1');
    expect(compile.compile?.argv).toEqual(['g++', '-O2', '-std=gnu++20', '-pipe', '-o', 'validator', 'validate.cpp']);
    // The binary is collected before any candidate output reaches that container.
    expect(compile.tests).toEqual([
      expect.objectContaining({ stdin: '', argv: ['true'], collectFiles: ['validator'] }),
    ]);
    expect(val.ownerId).toBe('validator:p1');
    expect(val.language).toBe('cpp');
    expect(val.compile).toBeUndefined();
    expect(val.files).toEqual([{ path: 'validator', content: Buffer.from('\x7fELF'), mode: 0o755 }]);
    expect(val.tests[1].argv).toEqual([
      './validator',
      'judging/1/input',
      'judging/1/answer',
      'judging/1/feedback/',
      'tol',
    ]);
    expect(String(val.tests[1].stdin)).toBe('4\n');
    expect(val.tests[1].files?.map((f) => f.path)).toEqual([
      'judging/1/input',
      'judging/1/answer',
      'judging/1/feedback/.created',
    ]);
    expect(val.tests[1].collectFiles).toEqual([
      'judging/1/feedback/judgemessage.txt',
      'judging/1/feedback/teammessage.txt',
    ]);

    // The next submission reuses the compiled validator.
    const again = driverWith(() => okResult('', { exitCode: 42 }));
    await judgeSubmission({ driver: again, problem, language: 'python', source: '', mode: 'submit', ownerId: 'cand2' });
    expect(again.jobs.filter(isCompileJob)).toHaveLength(0);
    expect(again.jobs).toHaveLength(2);
  });

  it('43 is wrong_answer with teammessage for the candidate and judgemessage for admins; stops there on submit', async () => {
    const driver = driverWith((t) =>
      t.id === '1'
        ? okResult('', {
            exitCode: 43,
            files: {
              'judging/1/feedback/teammessage.txt': Buffer.from('sum is off'),
              'judging/1/feedback/judgemessage.txt': Buffer.from('got 4 want 5'),
            },
          })
        : okResult('', { exitCode: 42 }),
    );
    const result = await judgeSubmission({
      driver,
      problem: customProblem(),
      language: 'cpp',
      source: '',
      mode: 'submit',
      ownerId: 'cand',
    });
    expect(result.verdict).toBe('wrong_answer');
    expect(result.tests).toHaveLength(2);
    expect(result.tests[1]).toMatchObject({
      verdict: 'wrong_answer',
      message: 'sum is off',
      judgeMessage: 'got 4 want 5',
    });
    expect(driver.ran[2]).toEqual(['0', '1']);
  });

  it('any other validator exit is a judge error, not the candidate’s', async () => {
    const driver = driverWith(() => okResult('', { exitCode: 0 }));
    const result = await judgeSubmission({
      driver,
      problem: customProblem(),
      language: 'cpp',
      source: '',
      mode: 'submit',
      ownerId: 'cand',
    });
    expect(result.verdict).toBe('internal_error');
  });

  it('a validator that does not compile is a judge error', async () => {
    const driver = driverWith(
      () => okResult('', { exitCode: 42 }),
      adder(),
      () => okResult('', { exitCode: 1, stderr: Buffer.from('validate.cpp: error') }),
    );
    const result = await judgeSubmission({
      driver,
      problem: customProblem(),
      language: 'cpp',
      source: '',
      mode: 'submit',
      ownerId: 'cand',
    });
    expect(result.verdict).toBe('internal_error');
    expect(result.error).toMatch(/does not compile/);
  });

  it('an execution failure needs no validator and ends submit there', async () => {
    const driver = driverWith(
      () => okResult('', { exitCode: 42 }),
      adder((a) => (a === 2 ? okResult('', { termination: 'cpu_limit' }) : undefined)),
    );
    const result = await judgeSubmission({
      driver,
      problem: customProblem(),
      language: 'cpp',
      source: '',
      mode: 'submit',
      ownerId: 'cand',
    });
    expect(result.verdict).toBe('time_limit_exceeded');
    expect(result.tests.map((t) => t.verdict)).toEqual(['accepted', 'time_limit_exceeded']);
    expect(driver.jobs[2].tests.map((t) => t.id)).toEqual(['0']);
  });

  it('a Python validator runs from source', async () => {
    const problem = stdioProblem(tests, {
      validation: { kind: 'custom', flags: [] },
      validator: { language: 'python', entry: 'check.py', files: [{ path: 'check.py', content: 'import sys' }] },
    });
    const driver = driverWith(() => okResult('', { exitCode: 42 }));
    await judgeSubmission({ driver, problem, language: 'cpp', source: '', mode: 'submit', ownerId: 'cand' });
    expect(driver.jobs).toHaveLength(2);
    expect(driver.jobs[1].compile?.argv).toEqual(['python3', '-m', 'py_compile', 'check.py']);
    expect(driver.jobs[1].tests[0].argv?.slice(0, 3)).toEqual(['python3', '-B', 'check.py']);
  });
});

describe('judgeSubmission (function problems)', () => {
  const fnTests: ProblemTest[] = [
    { name: 'sample/1', group: 'sample', input: '[2,7,11,15]\n9\n', answer: '[0,1]' },
    { name: 'secret/1', group: 'secret', input: '[3,2,4]\n6\n', answer: '[1,2]' },
  ];
  const twoSum: JudgeableProblem = {
    uuid: 'p2',
    type: 'function',
    limits,
    validation: { kind: 'default', flags: [] },
    callable: TWO_SUM_SPEC,
    tests: fnTests,
  };

  it('runs the generated harness and compares the fd-3 result with the compare mode', async () => {
    const driver = new FakeSandboxDriver([
      { test: (t) => okResult('debug print\n', { result: Buffer.from(t.id === '0' ? '[1,0]' : '[1,2]') }) },
    ]);
    const result = await judgeSubmission({
      driver,
      problem: twoSum,
      language: 'python',
      source: 'class Solution: ...',
      mode: 'submit',
      ownerId: 'u1',
    });
    expect(result.verdict).toBe('accepted');
    expect(result.tests[0]).toMatchObject({ stdout: 'debug print\n', actual: '[1,0]' });
    expect(driver.jobs[0].files.length).toBeGreaterThan(0);
  });

  it('reports Java memory above the idle JVM, not above the larger limit headroom (never 0 KB for a real run)', async () => {
    const driver = new FakeSandboxDriver([
      { test: () => okResult('', { result: Buffer.from('[1,0]'), memoryKb: 40 * 1024 }) },
    ]);
    const result = await judgeSubmission({
      driver,
      problem: twoSum,
      language: 'java',
      source: 'class Solution {}',
      mode: 'run',
      ownerId: 'u1',
    });
    const java = languagePack('java');
    expect(java.reportBaselineKb).toBeLessThan(java.memoryBaselineKb);
    expect(result.tests[0].memoryKb).toBe(40 * 1024 - (java.reportBaselineKb ?? 0));
    expect(result.tests[0].memoryKb).toBeGreaterThan(0);
  });

  it('custom input (no answer) still reports the returned value and the prints, apart', async () => {
    const driver = new FakeSandboxDriver([{ test: () => okResult('debug 3\n', { result: Buffer.from('[0,1]') }) }]);
    const result = await judgeSubmission({
      driver,
      problem: twoSum,
      language: 'python',
      source: 'class Solution: ...',
      mode: 'run',
      ownerId: 'u1',
      tests: [{ name: 'custom', group: 'custom', input: '[1,2]\n3\n' }],
    });
    expect(result.verdict).toBe('accepted');
    expect(result.tests[0]).toMatchObject({ actual: '[0,1]', stdout: 'debug 3\n' });
  });

  it('a wrong value is wrong_answer with a reason; no value at all too', async () => {
    const wrong = new FakeSandboxDriver([{ test: () => okResult('', { result: Buffer.from('[0,2]') }) }]);
    const r1 = await judgeSubmission({
      driver: wrong,
      problem: twoSum,
      language: 'python',
      source: '',
      mode: 'submit',
      ownerId: 'u1',
    });
    expect(r1.tests[0]).toMatchObject({ verdict: 'wrong_answer', message: 'expected [0,1], got [0,2]' });
    const none = new FakeSandboxDriver([{ test: () => okResult('') }]);
    const r2 = await judgeSubmission({
      driver: none,
      problem: twoSum,
      language: 'python',
      source: '',
      mode: 'submit',
      ownerId: 'u1',
    });
    expect(r2.tests[0].verdict).toBe('wrong_answer');
  });

  const judgeTwoSum = (driver: FakeSandboxDriver, extra: Partial<Parameters<typeof judgeSubmission>[0]> = {}) =>
    judgeSubmission({
      driver,
      problem: twoSum,
      language: 'python',
      source: '',
      mode: 'submit',
      ownerId: 'u1',
      ...extra,
    });

  it('exit 97 (the harness abort code, which the candidate can fake) is the candidate’s runtime_error', async () => {
    const r = await judgeTwoSum(
      new FakeSandboxDriver([
        {
          test: () => okResult('', { exitCode: 97, stderr: Buffer.from('tryout harness: cannot read the test input') }),
        },
      ]),
    );
    expect(r.verdict).toBe('runtime_error');
    expect(r.error).toBeUndefined();
    expect(r.tests[0]).toMatchObject({
      verdict: 'runtime_error',
      message: 'the program exited with code 97 before returning a value',
    });
  });

  it('fd 3 holding something that is not one JSON value is the candidate’s runtime_error', async () => {
    // Garbage, NaN (a non-JSON encoder), a late second write after the harness's value.
    for (const channel of ['{not json', 'NaN', '[0,1]garbage', '[0,1][0,1]', '[0,Infinity]']) {
      const r = await judgeTwoSum(
        new FakeSandboxDriver([{ test: () => okResult('', { result: Buffer.from(channel) }) }]),
      );
      expect(r.verdict, channel).toBe('runtime_error');
      expect(r.tests[0]).toMatchObject({
        message: 'the result channel (fd 3) held something that is not a JSON value',
        actual: channel,
      });
    }
  });

  it('compares and shows numbers beyond doubles exactly', async () => {
    const big = '1' + '0'.repeat(400);
    const r = await judgeTwoSum(new FakeSandboxDriver([{ test: () => okResult('', { result: Buffer.from(big) }) }]));
    expect(r.tests[0]).toMatchObject({ verdict: 'wrong_answer', actual: big });
    expect(r.tests[0].message).toMatch(/^expected \[0,1\], got 1000000000/);
    const longs: JudgeableProblem = {
      ...twoSum,
      callable: {
        kind: 'function',
        name: 'f',
        params: [{ name: 'n', type: 'long' }],
        returns: 'long',
        compare: 'exact',
      },
      tests: [{ name: 'sample/1', group: 'sample', input: '9223372036854775807\n', answer: '9223372036854775807' }],
    };
    const off = await judgeSubmission({
      driver: new FakeSandboxDriver([{ test: () => okResult('', { result: Buffer.from('9223372036854775808') }) }]),
      problem: longs,
      language: 'python',
      source: '',
      mode: 'submit',
      ownerId: 'u1',
    });
    expect(off.tests[0]).toMatchObject({
      verdict: 'wrong_answer',
      message: 'expected 9223372036854775807, got 9223372036854775808',
    });
    const exact = await judgeSubmission({
      driver: new FakeSandboxDriver([{ test: () => okResult('', { result: Buffer.from('9223372036854775807') }) }]),
      problem: longs,
      language: 'python',
      source: '',
      mode: 'submit',
      ownerId: 'u1',
    });
    expect(exact.verdict).toBe('accepted');
  });

  it('checks inputs on the host: a bad test file is ours, bad custom input the candidate’s, neither runs', async () => {
    const driver = new FakeSandboxDriver(() => ({ test: () => okResult('', { result: Buffer.from('[0,1]') }) }));
    const ours = await judgeSubmission({
      driver,
      problem: { ...twoSum, tests: [{ name: 'secret/bad', group: 'secret', input: '[1,2]\n1.5\n', answer: '[0,1]' }] },
      language: 'python',
      source: '',
      mode: 'submit',
      ownerId: 'u1',
    });
    expect(ours.verdict).toBe('internal_error');
    expect(ours.error).toBe(
      'secret/bad.in does not fit the signature: input, argument target: expected an int (32-bit integer), got 1.5',
    );
    const events: JudgeEvent[] = [];
    const custom = await judgeSubmission({
      driver,
      problem: twoSum,
      language: 'python',
      source: '',
      mode: 'run',
      ownerId: 'u1',
      tests: [{ name: 'custom', group: 'custom', input: '[1,2\n' }],
      onEvent: (e) => void events.push(e),
    });
    expect(custom.verdict).toBe('runtime_error');
    expect(custom.error).toBeUndefined();
    expect(custom.tests[0]).toMatchObject({
      verdict: 'runtime_error',
      message: "the input does not fit the function's parameters: line 1 is not one JSON value",
    });
    expect(events.map((e) => e.type)).toEqual(['running', 'verdict']);
    expect(driver.jobs).toHaveLength(0);
  });

  it('checks a loaded problem’s inputs once (verify judges it many times); custom inputs every time', async () => {
    const driver = new FakeSandboxDriver(() => ({ test: () => okResult('', { result: Buffer.from('[0,1]') }) }));
    const check = vi.mocked(checkFunctionInput);
    const problem: JudgeableProblem = {
      ...twoSum,
      tests: [
        { name: 'sample/1', group: 'sample', input: '[2,7]\n9\n', answer: '[0,1]' },
        { name: 'secret/bad', group: 'secret', input: '[1,2]\n1.5\n', answer: '[0,1]' },
      ],
    };
    const judge = (extra: { tests?: { name: string; group: 'custom'; input: string }[] } = {}) =>
      judgeSubmission({ driver, problem, language: 'python', source: '', mode: 'submit', ownerId: 'u1', ...extra });
    check.mockClear();
    const first = await judge();
    expect(check).toHaveBeenCalledTimes(2);
    const second = await judge();
    expect(check).toHaveBeenCalledTimes(2);
    // The memo keeps the finding: a bad test file stays ours on every submission.
    for (const r of [first, second]) {
      expect(r.verdict).toBe('internal_error');
      expect(r.error).toMatch(/^secret\/bad\.in does not fit the signature/);
    }
    // A new load (a new tests array, e.g. a new version) is checked afresh.
    await judgeSubmission({
      driver,
      problem: { ...problem, tests: [...problem.tests] },
      language: 'python',
      source: '',
      mode: 'submit',
      ownerId: 'u1',
    });
    expect(check).toHaveBeenCalledTimes(4);
    const custom = [{ name: 'custom', group: 'custom' as const, input: '[2,7]\n9\n' }];
    await judge({ tests: custom });
    await judge({ tests: custom });
    expect(check).toHaveBeenCalledTimes(6);
  });

  it('a candidate exception (non-zero exit) is runtime_error', async () => {
    const driver = new FakeSandboxDriver([
      { test: () => okResult('', { exitCode: 1, stderr: Buffer.from('Traceback ...') }) },
    ]);
    const result = await judgeSubmission({
      driver,
      problem: twoSum,
      language: 'python',
      source: '',
      mode: 'submit',
      ownerId: 'u1',
    });
    expect(result.tests[0]).toMatchObject({
      verdict: 'runtime_error',
      stderr: 'Traceback ...',
      message: 'the program exited with code 1 before returning a value',
    });
  });

  it('compares design problems call by call, naming the operation', async () => {
    const lru: JudgeableProblem = {
      ...twoSum,
      callable: {
        kind: 'class',
        name: 'LRUCache',
        constructor: { params: [{ name: 'capacity', type: 'int' }] },
        methods: [
          { name: 'get', params: [{ name: 'key', type: 'int' }], returns: 'int' },
          {
            name: 'put',
            params: [
              { name: 'key', type: 'int' },
              { name: 'value', type: 'int' },
            ],
            returns: 'void',
          },
        ],
        compare: 'exact',
      },
      tests: [
        {
          name: 'sample/1',
          group: 'sample',
          input: '["LRUCache","put","get"]\n[[1],[1,1],[1]]\n',
          answer: '[null,null,1]',
        },
      ],
    };
    const driver = new FakeSandboxDriver([{ test: () => okResult('', { result: Buffer.from('[null,null,-1]') }) }]);
    const result = await judgeSubmission({
      driver,
      problem: lru,
      language: 'python',
      source: '',
      mode: 'submit',
      ownerId: 'u1',
    });
    expect(result.tests[0]).toMatchObject({ verdict: 'wrong_answer', message: 'call 3 (get): expected 1, got -1' });
  });
});
