import Dockerode from 'dockerode';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STDIO_LANGUAGE_IDS } from '@tryout/contracts';
import { DockerSandboxDriver, type SandboxDriver } from '@tryout/sandbox';
import { judgeSubmission } from '../judging/judge-submission';
import { loadProblemPackage } from '../problem/problem-loader';
import { judgeableProblem } from '../problem/problem-package';
import { generateStdioStarter } from './generate-stdio-starter';

/**
 * Every stdio starter compiles and runs in its runner image (real driver): judged on the stdio
 * problem test/judge-matrix/sum it prints 0, a wrong answer — never a compile or runtime error —
 * and compiles without a word from the compiler (warnings would greet the candidate).
 */
const SUM = resolve(__dirname, '../../../../test/judge-matrix/sum');
const TIMEOUT_MS = 600_000;

const driver: SandboxDriver = new DockerSandboxDriver(new Dockerode(), { poolSize: 0, idleMs: 30_000, reuseRuns: 50 });
afterAll(async () => {
  await driver.close();
});

describe('stdio starters in their runner images', () => {
  it.each([...STDIO_LANGUAGE_IDS])(
    '%s: the starter compiles cleanly, reads the input and prints an answer',
    async (language) => {
      const problem = judgeableProblem(await loadProblemPackage(SUM));
      const result = await judgeSubmission({
        driver,
        problem,
        language,
        source: generateStdioStarter(language),
        mode: 'run',
        ownerId: `stdio-starter-${language}`,
      });
      const detail = JSON.stringify(result).slice(0, 2000);
      expect(['wrong_answer', 'accepted'], detail).toContain(result.verdict);
      expect(result.compileOutput ?? '', detail).not.toMatch(/warning|error/i);
      expect(result.tests.length, detail).toBeGreaterThan(0);
      for (const t of result.tests) {
        expect(['wrong_answer', 'accepted'], detail).toContain(t.verdict);
        expect(t.stdout, detail).toBe('0\n');
        expect(t.stderr, detail).toBe('');
      }
    },
    TIMEOUT_MS,
  );
});
