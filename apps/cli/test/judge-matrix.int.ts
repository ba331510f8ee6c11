import { runnerImage } from '@tryout/languages';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, STDIO_LANGUAGE_IDS, type Verdict } from '@tryout/contracts';
import { mapLimit, runCli } from './run-cli';

/**
 * The language matrix (issue "The judge", acceptance): through `tryout judge --json`, a correct,
 * a wrong, a slow, a crashing and a non-compiling solution in every language, on the
 * stdio problem test/judge-matrix/sum, get the right verdicts with plausible measurements.
 */
const KINDS: [string, Verdict][] = [
  ['correct', 'accepted'],
  ['wrong', 'wrong_answer'],
  ['slow', 'time_limit_exceeded'],
  ['crash', 'runtime_error'],
  ['compile_error', 'compile_error'],
];

function imageExists(image: string): boolean {
  try {
    execFileSync('docker', ['image', 'inspect', image], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

interface JudgeJson {
  verdict: Verdict;
  tests: { name: string; verdict: Verdict; cpuMs: number; wallMs: number; memoryKb: number }[];
  compileOutput?: string;
}

describe('tryout judge: every code language matrix (SQL dialects: libs/judge/src/judging/sql-judge.int.ts)', () => {
  for (const language of STDIO_LANGUAGE_IDS) {
    const image = `${runnerImage(language)}:latest`;
    it(`${language}: correct, wrong, slow, crashing and non-compiling solutions`, { timeout: 900_000 }, async () => {
      expect(imageExists(image), `runner image ${image} is missing (npm start builds it)`).toBe(true);
      const ext = LANGUAGES[language].extensions[0];
      const runs = await mapLimit(KINDS, 1, async ([kind]) =>
        runCli(['judge', 'test/judge-matrix/sum', `test/judge-matrix/solutions/${language}/${kind}${ext}`, '--json']),
      );
      KINDS.forEach(([kind, verdict], i) => {
        const run = runs[i];
        expect(run.code, `${language}/${kind}: exit ${run.code}\n${run.stderr}`).toBe(0);
        const result = JSON.parse(run.stdout) as JudgeJson;
        expect(result.verdict, `${language}/${kind}: ${run.stdout.slice(0, 2000)}`).toBe(verdict);
        for (const t of result.tests) {
          for (const n of [t.cpuMs, t.wallMs, t.memoryKb]) expect(Number.isFinite(n) && n >= 0).toBe(true);
        }
        if (verdict === 'compile_error') {
          expect(result.tests).toEqual([]);
          expect(result.compileOutput?.length, `${language}: compiler output`).toBeGreaterThan(0);
        } else if (verdict === 'accepted') {
          expect(result.tests).toHaveLength(10);
          expect(result.compileOutput ?? '').not.toMatch(/error/i);
        } else {
          // Submit stops at the first failing test: the first sample here.
          expect(result.tests).toHaveLength(1);
          expect(result.tests[0].verdict).toBe(verdict);
        }
        if (verdict === 'time_limit_exceeded') {
          // Killed at a limit: it ran for a while (CPU or wall), never instantly.
          expect(Math.max(result.tests[0].cpuMs, result.tests[0].wallMs)).toBeGreaterThan(500);
        }
      });
    });
  }
});
