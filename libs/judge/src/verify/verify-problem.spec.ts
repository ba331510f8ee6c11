import { describe, expect, it } from 'vitest';
import type { ProblemPackage, ProblemSubmission } from '../problem/problem-package';
import { FakeSandboxDriver, okResult } from '../testing/fake-sandbox.driver';
import { createSlots, resolveTimeLimit, verifyProblem } from './verify-problem';

function sub(
  path: string,
  expected: ProblemSubmission['expected'],
  language: ProblemSubmission['language'] = 'cpp',
): ProblemSubmission {
  return {
    path,
    language,
    expected,
    source: path,
    useForTimeLimit: expected.length === 1 && expected[0] === 'accepted',
  };
}

function pkg(limits: Partial<ProblemPackage['limits']>, submissions: ProblemSubmission[]): ProblemPackage {
  return {
    uuid: 'u',
    slug: 'p',
    name: 'P',
    type: 'stdio',
    difficulty: 'easy',
    tags: [],
    format: 'kattis-legacy',
    statement: { format: 'text', language: 'en', body: 'x' },
    limits: {
      timeLimitMs: 10_000,
      timeLimitSource: 'default',
      memoryMb: 256,
      outputMb: 8,
      timeMultiplier: 5,
      timeSafetyMargin: 2,
      ...limits,
    },
    validation: { kind: 'default', flags: [] },
    tests: [
      { name: 'sample/1', group: 'sample', input: '1', answer: 'ok' },
      { name: 'secret/1', group: 'secret', input: '2', answer: 'ok' },
    ],
    submissions,
    starters: {},
  };
}

/** A fake whose "program" is the submission path: `accepted/*` answers ok in 300 ms CPU, others fail their way. */
function driverFor() {
  return new FakeSandboxDriver((job) => {
    const path = String(job.files[0].content);
    return {
      test: (t) => {
        if (path.startsWith('accepted/')) return okResult('ok', { cpuMs: path.includes('slow') ? 700 : 300 });
        if (path.startsWith('wrong_answer/')) return okResult('nope');
        // A TLE is a kill at the limit the job was given.
        return okResult('', { termination: 'cpu_limit', cpuMs: t.limits.cpuMs });
      },
    };
  });
}

describe('verifyProblem', () => {
  it('derives a missing time limit from the slowest accepted run (Kattis rule) and judges the rest with it', async () => {
    const driver = driverFor();
    const report = await verifyProblem(
      {
        pkg: pkg({}, [
          sub('accepted/a.cpp', ['accepted']),
          sub('accepted/slow.py', ['accepted'], 'python'),
          sub('wrong_answer/w.cpp', ['wrong_answer']),
          sub('time_limit_exceeded/t.cpp', ['time_limit_exceeded']),
        ]),
        issues: [],
        skippedSubmissions: [],
      },
      { driver },
    );
    // Python's 700 ms ÷ multiplier 3 ≈ 233 < C++'s 300 ms: 300 × 5 = 1.5 s → 2 s.
    expect(report).toMatchObject({ timeLimitMs: 2000, timeLimitSource: 'derived', ok: true });
    expect(report.rows.map((r) => `${r.path}:${r.got}:${r.ok}`)).toEqual([
      'accepted/a.cpp:accepted:true',
      'accepted/slow.py:accepted:true',
      'time_limit_exceeded/t.cpp:time_limit_exceeded:true',
      'wrong_answer/w.cpp:wrong_answer:true',
    ]);
    // A too-slow submission is judged at the limit × time_safety_margin (2): timing out there suffices.
    const tleJobs = driver.jobs.filter((j) => String(j.files[0].content).startsWith('time_limit_exceeded/'));
    expect(tleJobs.map((j) => j.tests[0].limits.cpuMs)).toEqual([4000]);
    expect(report.issues).toEqual([]);
  });

  it('packages verified at once share judge slots and report as they would alone', async () => {
    const slots = createSlots(2);
    let running = 0;
    let most = 0;
    const inner = driverFor();
    // Counts judges in flight: a job is running from execute() until its events are drained.
    const driver = {
      close: () => inner.close(),
      execute: (job: Parameters<typeof inner.execute>[0]) => {
        running++;
        most = Math.max(most, running);
        const execution = inner.execute(job);
        return {
          abort: () => execution.abort(),
          async *[Symbol.asyncIterator]() {
            try {
              await new Promise((r) => setTimeout(r, 5));
              yield* execution;
            } finally {
              running--;
            }
          },
        };
      },
    };
    const loaded = () => ({
      pkg: pkg({}, [
        sub('accepted/a.cpp', ['accepted']),
        sub('accepted/slow.py', ['accepted'], 'python'),
        sub('wrong_answer/w.cpp', ['wrong_answer']),
        sub('time_limit_exceeded/t.cpp', ['time_limit_exceeded']),
      ]),
      issues: [],
      skippedSubmissions: [],
    });
    const reports = await Promise.all([1, 2, 3].map(() => verifyProblem(loaded(), { driver, slots })));
    expect(most).toBe(2);
    for (const report of reports) {
      expect(report).toMatchObject({ timeLimitMs: 2000, timeLimitSource: 'derived', ok: true });
      expect(report.rows).toHaveLength(4);
    }
  });

  it('createSlots runs at most its size at once, first come first served, and frees a slot on failure', async () => {
    const slots = createSlots(2);
    const order: string[] = [];
    let release: (() => void)[] = [];
    const task = (name: string, fail = false) =>
      slots(async () => {
        order.push(name);
        await new Promise<void>((r) => release.push(r));
        if (fail) throw new Error(name);
        return name;
      });
    const settled = Promise.allSettled([task('a', true), task('b'), task('c'), task('d')]);
    await new Promise((r) => setTimeout(r, 0));
    expect(order).toEqual(['a', 'b']);
    const flush = async () => {
      const now = release;
      release = [];
      now.forEach((r) => r());
      await new Promise((r) => setTimeout(r, 0));
    };
    await flush();
    expect(order).toEqual(['a', 'b', 'c', 'd']);
    await flush();
    expect((await settled).map((s) => s.status)).toEqual(['rejected', 'fulfilled', 'fulfilled', 'fulfilled']);
  });

  it('warns when a too-slow submission does not time out at the limit × time_safety_margin', async () => {
    // near.cpp needs 1200 ms of CPU: over the 1000 ms limit, under 1000 × 1.5.
    const driver = new FakeSandboxDriver(() => ({
      test: (t) =>
        t.limits.cpuMs >= 1200
          ? okResult('ok', { cpuMs: 1200 })
          : okResult('', { termination: 'cpu_limit', cpuMs: t.limits.cpuMs }),
    }));
    const report = await verifyProblem(
      {
        pkg: pkg({ timeLimitMs: 1000, timeLimitSource: 'explicit', timeSafetyMargin: 1.5 }, [
          sub('time_limit_exceeded/near.cpp', ['time_limit_exceeded']),
        ]),
        issues: [],
        skippedSubmissions: [],
      },
      { driver },
    );
    expect(driver.jobs.map((j) => j.tests[0].limits.cpuMs)).toEqual([1500, 1000]);
    expect(report.rows).toMatchObject([{ path: 'time_limit_exceeded/near.cpp', got: 'time_limit_exceeded', ok: true }]);
    expect(report.issues).toEqual([
      {
        level: 'warning',
        message: expect.stringMatching(
          /near\.cpp does not time out at 1500 ms \(the limit × time_safety_margin 1\.5\)/,
        ),
      },
    ]);
  });

  it('reports mismatches, and warns when an explicit limit leaves no safety margin', async () => {
    const report = await verifyProblem(
      // accepted/w.cpp's "program" prints a wrong answer (its source is wrong_answer/w.cpp).
      {
        pkg: pkg({ timeLimitMs: 500, timeLimitSource: 'explicit' }, [
          sub('accepted/a.cpp', ['accepted']),
          { ...sub('wrong_answer/w.cpp', ['accepted']), path: 'accepted/w.cpp' },
        ]),
        issues: [],
        skippedSubmissions: [],
      },
      { driver: driverFor() },
    );
    expect(report.ok).toBe(false);
    expect(report.rows.find((r) => r.path === 'accepted/w.cpp')).toMatchObject({ got: 'wrong_answer', ok: false });
    expect(report.issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/slowest accepted test takes 300 ms: within a factor 2 of the 500 ms limit/),
    ]);
  });

  it('--fast judges one accepted and one rejected submission', async () => {
    const driver = driverFor();
    const report = await verifyProblem(
      {
        pkg: pkg({ timeLimitMs: 1000, timeLimitSource: 'explicit' }, [
          sub('accepted/a.java', ['accepted'], 'java'),
          sub('accepted/a.py', ['accepted'], 'python'),
          sub('wrong_answer/w.cpp', ['wrong_answer']),
          sub('wrong_answer/w.py', ['wrong_answer'], 'python'),
        ]),
        issues: [],
        skippedSubmissions: [],
      },
      { driver, fast: true },
    );
    expect(report.rows.map((r) => r.path)).toEqual(['accepted/a.py', 'wrong_answer/w.py']);
  });

  it('package errors fail verify even when every submission matches', async () => {
    const report = await verifyProblem(
      {
        pkg: pkg({ timeLimitSource: 'explicit', timeLimitMs: 1000 }, [sub('accepted/a.cpp', ['accepted'])]),
        issues: [{ level: 'error', message: 'no statement' }],
        skippedSubmissions: [],
      },
      { driver: driverFor() },
    );
    expect(report.ok).toBe(false);
  });
});

describe('resolveTimeLimit', () => {
  it('returns the package with a derived limit, judging only the accepted submissions', async () => {
    const driver = driverFor();
    const resolved = await resolveTimeLimit(
      pkg({}, [sub('accepted/a.cpp', ['accepted']), sub('wrong_answer/w.cpp', ['wrong_answer'])]),
      driver,
    );
    expect(resolved.limits).toMatchObject({ timeLimitMs: 2000, timeLimitSource: 'derived' });
    expect(driver.jobs).toHaveLength(1);
  });
});
