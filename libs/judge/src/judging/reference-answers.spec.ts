import { describe, expect, it } from 'vitest';
import type { JudgeTestResult } from './judge.types';
import { NO_REFERENCE_ANSWER, pickReference, referenceAnswersFrom } from './reference-answers';
import { DISPLAY_CAP_BYTES } from './judge-submission';

const ran = (index: number, extra: Partial<JudgeTestResult>): JudgeTestResult => ({
  index,
  name: `custom/${index + 1}`,
  group: 'custom',
  verdict: 'accepted',
  cpuMs: 1,
  wallMs: 1,
  memoryKb: 1,
  exitCode: 0,
  signal: null,
  stdout: '',
  stderr: '',
  ...extra,
});

describe('pickReference', () => {
  it('takes an accepted solution, quickest to start first', () => {
    const solutions = [
      { language: 'scala' as const, source: 's', expected: ['accepted' as const] },
      { language: 'cpp' as const, source: 'c', expected: ['accepted' as const] },
      { language: 'python' as const, source: 'slow', expected: ['time_limit_exceeded' as const] },
      { language: 'javascript' as const, source: 'j', expected: ['accepted' as const] },
    ];
    expect(pickReference(solutions)?.source).toBe('j');
    expect(pickReference(solutions.slice(0, 2))?.language).toBe('cpp');
  });

  it('takes the preferred language first when there is one (a SQL dialect)', () => {
    const solutions = [
      { language: 'sqlite' as const, source: 'lite', expected: ['accepted' as const] },
      { language: 'postgresql' as const, source: 'pg', expected: ['accepted' as const] },
    ];
    expect(pickReference(solutions, 'postgresql')?.source).toBe('pg');
    expect(pickReference(solutions, 'sqlite')?.source).toBe('lite');
    expect(pickReference(solutions.slice(0, 1), 'postgresql')?.source).toBe('lite');
  });

  it('never takes a solution that may fail, and may find none', () => {
    expect(
      pickReference([{ language: 'python', source: 'x', expected: ['accepted', 'wrong_answer'] }]),
    ).toBeUndefined();
    expect(pickReference([])).toBeUndefined();
  });
});

describe('referenceAnswersFrom', () => {
  it('function problems answer with the returned value, stdio problems with the output', () => {
    const tests = [ran(0, { actual: '[0,1]', stdout: 'debug\n' }), ran(1, { actual: '[]', stdout: '' })];
    expect(referenceAnswersFrom({ tests }, 'function', 2)).toEqual([{ answer: '[0,1]' }, { answer: '[]' }]);
    expect(referenceAnswersFrom({ tests }, 'stdio', 2)).toEqual([{ answer: 'debug\n' }, { answer: '' }]);
  });

  it('a case the reference did not finish, or never reached, has no answer and says why', () => {
    const tests = [ran(0, { verdict: 'time_limit_exceeded' }), ran(2, { actual: '1' })];
    expect(referenceAnswersFrom({ tests }, 'function', 3)).toEqual([
      { missing: NO_REFERENCE_ANSWER },
      { missing: NO_REFERENCE_ANSWER },
      { answer: '1' },
    ]);
  });

  it('an answer cut for display is not compared with', () => {
    const tests = [ran(0, { stdout: 'x'.repeat(DISPLAY_CAP_BYTES) })];
    expect(referenceAnswersFrom({ tests }, 'stdio', 1)[0]).toEqual({
      missing: 'no expected answer: the reference answer is too large to show',
    });
  });

  it("SQL cases are answered with the reference query's result set", () => {
    const tests = [ran(0, { actual: '{"columns":["n"],"rows":[[1]]}' })];
    expect(referenceAnswersFrom({ tests }, 'sql', 1)).toEqual([{ answer: '{"columns":["n"],"rows":[[1]]}' }]);
  });
});
