import { cp, mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli';

/**
 * Kattis packages written to the spec (test/kattis) verify unchanged with their own expected
 * verdicts, through `tryout verify` on the real sandbox; what we do not support says so.
 */
interface VerifyJson {
  ok: boolean;
  problems: (
    | {
        slug: string;
        ok: boolean;
        timeLimitMs: number;
        timeLimitSource: string;
        rows: { path: string; expected: string[]; got: string; ok: boolean }[];
        issues: { level: string; message: string }[];
      }
    | { slug: string; error: string }
  )[];
}

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'tryout-kattis-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('tryout verify on Kattis packages', () => {
  it(
    'legacy problemtools package: custom C++ validator in the sandbox, nested groups, derived time limit',
    { timeout: 900_000 },
    async () => {
      const run = await runCli(['verify', 'test/kattis/pairfinder', '--json']);
      const report = JSON.parse(run.stdout) as VerifyJson;
      const problem = report.problems[0];
      expect('rows' in problem, run.stdout + run.stderr).toBe(true);
      if (!('rows' in problem)) return;
      const got = Object.fromEntries(problem.rows.map((r) => [r.path, r.got]));
      expect(got).toEqual({
        'accepted/PairFinder.java': 'accepted',
        'accepted/hashing.cpp': 'accepted',
        'accepted/sorting.py': 'accepted',
        'run_time_error/recursion.py': 'runtime_error',
        'time_limit_exceeded/brute_force.cpp': 'time_limit_exceeded',
        'time_limit_exceeded/brute_force.py': 'time_limit_exceeded',
        'wrong_answer/same_index.c': 'wrong_answer',
        'wrong_answer/zero_based.py': 'wrong_answer',
      });
      expect(problem.timeLimitSource).toBe('derived');
      expect(problem.timeLimitMs % 1000).toBe(0);
      expect(run.code).toBe(0);
      expect(report.ok).toBe(true);
    },
  );

  it(
    '2025-09 package: default validator with float tolerance, submissions.yaml, many languages',
    { timeout: 900_000 },
    async () => {
      const run = await runCli(['verify', 'test/kattis/averagespeed', '--json', '--concurrency', '2']);
      const report = JSON.parse(run.stdout) as VerifyJson;
      const problem = report.problems[0];
      expect('rows' in problem, run.stdout + run.stderr).toBe(true);
      if (!('rows' in problem)) return;
      for (const row of problem.rows)
        expect(row.ok, `${row.path}: expected ${row.expected.join('|')}, got ${row.got}`).toBe(true);
      expect(problem.rows).toHaveLength(9);
      expect(problem).toMatchObject({ timeLimitMs: 1000, timeLimitSource: 'explicit' });
      expect(run.code).toBe(0);
    },
  );

  it('an interactive package is reported as unsupported, with exit 1, never judged', async () => {
    const run = await runCli(['verify', 'test/kattis/guessnumber']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/interactive problems are not supported yet/);
    const judged = await runCli([
      'judge',
      'test/kattis/guessnumber',
      'test/kattis/guessnumber/submissions/accepted/binary_search.py',
    ]);
    expect(judged.code).toBe(2);
    expect(judged.stderr).toMatch(/interactive problems are not supported yet/);
  });

  it(
    'a submission filed under the wrong verdict fails verify (exit 1) and says which',
    { timeout: 300_000 },
    async () => {
      const dir = join(tmp, 'averagespeed');
      await cp(join(ROOT, 'test/kattis/averagespeed'), dir, { recursive: true });
      await rename(
        join(dir, 'submissions/wrong_answer/two_decimals.py'),
        join(dir, 'submissions/accepted/two_decimals.py'),
      );
      const run = await runCli(['verify', dir, '--filter', 'two_decimals']);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/accepted\/two_decimals\.py\s+accepted\s+wrong_answer\s+\d+\s+MISMATCH/);
    },
  );
});
