import type { TestResultDto } from '@tryout/contracts';
import { describe, expect, it } from 'vitest';
import { summaryFigures } from './result-figures.util';

const visible = (cpuMs: number, memoryKb: number): TestResultDto => ({
  index: 0,
  name: 'sample/1',
  hidden: false,
  verdict: 'accepted',
  cpuMs,
  wallMs: cpuMs,
  memoryKb,
});
const hidden: TestResultDto = { index: 1, name: 'Hidden test 1', hidden: true, verdict: 'accepted' };
const limits = { timeLimitMs: 3000, memoryMb: 256 };

describe('summaryFigures', () => {
  it('a Run shows the maxima of its exact per-test figures, not the rounded total', () => {
    const tests = [visible(26, 4500), { ...visible(31, 4100), index: 1 }];
    expect(summaryFigures({ verdict: 'accepted', cpuMs: 50, memoryKb: 5120, tests }, limits)).toEqual({
      runtime: '31 ms',
      memory: '4.4 MB',
    });
  });

  it('a limit verdict is "over" the limit, never a rounded figure past it', () => {
    const tests = [{ ...visible(3020, 5000), verdict: 'time_limit_exceeded' as const }];
    expect(summaryFigures({ verdict: 'time_limit_exceeded', cpuMs: 5000, memoryKb: 5120, tests }, limits).runtime).toBe(
      'over 3 s',
    );
    expect(
      summaryFigures({ verdict: 'memory_limit_exceeded', cpuMs: 100, memoryKb: 500 * 1024, tests: [hidden] }, limits)
        .memory,
    ).toBe('over 256 MB');
    expect(summaryFigures({ verdict: 'time_limit_exceeded', cpuMs: 5000, memoryKb: 0, tests: [hidden] }).runtime).toBe(
      'over the limit',
    );
  });

  it('a submit with hidden tests keeps the rounded figures, at most the limit when it passed', () => {
    const tests = [visible(10, 100), hidden];
    expect(summaryFigures({ verdict: 'accepted', cpuMs: 200, memoryKb: 5120, tests }, limits)).toEqual({
      runtime: '200 ms',
      memory: '5.0 MB',
    });
    expect(summaryFigures({ verdict: 'accepted', cpuMs: 5000, memoryKb: 500 * 1024, tests }, limits)).toEqual({
      runtime: '≤ 3 s',
      memory: '≤ 256 MB',
    });
  });

  it('no memory figure where none was measured', () => {
    expect(summaryFigures({ verdict: 'accepted', cpuMs: 20, memoryKb: 0, tests: [hidden] }).memory).toBeNull();
  });
});
