import { LANGUAGE_IDS } from '@tryout/contracts';
import { describe, expect, it } from 'vitest';
import type { ProblemPackage } from '@tryout/judge';
import { allowedLanguages, judgeableHash, signatureDto, startersFor } from './problem-mapping.util';

const base: Pick<ProblemPackage, 'type' | 'limits' | 'validation' | 'callable' | 'validator' | 'tests'> = {
  type: 'stdio',
  limits: {
    timeLimitMs: 1000,
    memoryMb: 256,
    outputMb: 8,
    timeLimitSource: 'explicit',
    timeMultiplier: 2,
    timeSafetyMargin: 1.5,
  },
  validation: { kind: 'default', flags: [] },
  tests: [{ name: 'sample/1', group: 'sample', input: '1\n', answer: '2\n' }],
};

describe('judgeableHash', () => {
  it('changes when a test or a limit changes', () => {
    const h = judgeableHash(base);
    expect(judgeableHash({ ...base, tests: [{ ...base.tests[0], answer: '3\n' }] })).not.toBe(h);
    expect(judgeableHash({ ...base, limits: { ...base.limits, timeLimitMs: 2000 } })).not.toBe(h);
    expect(judgeableHash({ ...base })).toBe(h);
  });
});

describe('allowedLanguages', () => {
  it('offers every language on function problems', () => {
    // Every language has a function harness (issue: every function problem offers every language).
    expect(allowedLanguages('function')).toEqual([...LANGUAGE_IDS]);
    expect(allowedLanguages('stdio')).toContain('rust');
  });
});

describe('signatureDto', () => {
  it('drops the comparison mode', () => {
    const s = signatureDto({
      kind: 'function',
      name: 'f',
      params: [{ name: 'a', type: 'int' }],
      returns: 'int',
      compare: 'exact',
    });
    expect(s).toEqual({ kind: 'function', name: 'f', params: [{ name: 'a', type: 'int' }], returns: 'int' });
    expect(signatureDto(null)).toBeNull();
  });
});

describe('startersFor', () => {
  it('generates starters for function problems and keeps explicit ones', () => {
    const s = startersFor({
      type: 'function',
      callable: {
        kind: 'function',
        name: 'twoSum',
        params: [{ name: 'nums', type: 'int[]' }],
        returns: 'int',
        compare: 'exact',
      },
      starters: { python: 'mine' },
    });
    expect(s.python).toBe('mine');
    expect(s.java).toContain('twoSum');
    expect(Object.keys(s).sort()).toEqual([...LANGUAGE_IDS].sort());
  });
  it('generates a starter in every language for stdio problems and keeps explicit ones', () => {
    const s = startersFor({ type: 'stdio', starters: { ruby: 'mine' } });
    expect(Object.keys(s).sort()).toEqual([...LANGUAGE_IDS].sort());
    expect(s.ruby).toBe('mine');
    expect(s.python).toContain('sys.stdin.buffer.read()');
  });
});
