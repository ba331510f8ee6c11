import { languagePack } from '@tryout/languages';
import { describe, expect, it } from 'vitest';
import { chargedWallMs, testLimits, wallBudgetMs, wallLimitMs } from './judge-job.util';

const problemLimits = {
  timeLimitMs: 1000,
  memoryMb: 256,
  outputMb: 8,
  timeLimitSource: 'explicit',
  timeMultiplier: 2,
  timeSafetyMargin: 1.5,
} as const;

describe('wall limits', () => {
  it('a test gets CPU limit × 1.5 + 1 s of wall time, with no 10 s floor', () => {
    expect(wallLimitMs(1000)).toBe(2500);
    expect(wallLimitMs(100)).toBe(1150);
    expect(wallLimitMs(3000)).toBe(5500);
    expect(wallLimitMs(333)).toBe(1500);
    for (const cpu of [50, 1000, 2000, 10_000]) {
      expect(wallLimitMs(cpu)).toBeGreaterThan(cpu);
      expect(wallLimitMs(cpu)).toBeLessThan(cpu + 10_000);
    }
  });

  it('scales with the language time multiplier through the CPU limit', () => {
    const c = testLimits(problemLimits, languagePack('c'));
    const python = testLimits(problemLimits, languagePack('python'));
    expect(c).toMatchObject({ cpuMs: 1000, wallMs: 2500 });
    expect(python.cpuMs).toBe(1000 * languagePack('python').timeMultiplier);
    expect(python.wallMs).toBe(wallLimitMs(python.cpuMs));
  });

  it('a submission may spend every test at its CPU limit plus one more per-test wall limit', () => {
    const t = { cpuMs: 1000, wallMs: 2500 };
    expect(wallBudgetMs([])).toBe(0);
    expect(wallBudgetMs([t])).toBe(3500);
    expect(wallBudgetMs(Array.from({ length: 18 }, () => t))).toBe(18 * 1000 + 2500);
    expect(wallBudgetMs([t, { cpuMs: 3000, wallMs: 5500 }])).toBe(4000 + 5500);
    // Any single test fits; 18 sleepers each just under the per-test limit do not.
    expect(wallBudgetMs([t])).toBeGreaterThanOrEqual(t.wallMs);
    expect(18 * (t.wallMs - 1)).toBeGreaterThan(wallBudgetMs(Array.from({ length: 18 }, () => t)));
  });

  it('charges wall time less the wait for a CPU, never below zero', () => {
    expect(chargedWallMs({ wallMs: 900 })).toBe(900);
    expect(chargedWallMs({ wallMs: 900, cpuWaitMs: 400 })).toBe(500);
    expect(chargedWallMs({ wallMs: 10, cpuWaitMs: 40 })).toBe(0);
  });
});
