import { FUNCTION_LANGUAGE_IDS, SQL_LANGUAGE_IDS, STDIO_LANGUAGE_IDS } from '@tryout/contracts';
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
  it('offers every code language on function problems', () => {
    // Every code language has a function harness (issue: every function problem offers every language).
    expect(allowedLanguages({ type: 'function' })).toEqual([...FUNCTION_LANGUAGE_IDS]);
    expect(allowedLanguages({ type: 'function' })).toEqual([...STDIO_LANGUAGE_IDS]);
    expect(allowedLanguages({ type: 'stdio' })).toContain('rust');
  });

  it("never offers SQL for code problems, and only the problem's dialects for sql problems", () => {
    for (const type of ['stdio', 'function'] as const)
      for (const dialect of SQL_LANGUAGE_IDS) expect(allowedLanguages({ type })).not.toContain(dialect);
    expect(allowedLanguages({ type: 'sql', sql: { dialects: ['postgresql'] } })).toEqual(['postgresql']);
    expect(allowedLanguages({ type: 'sql', sql: { dialects: ['postgresql', 'sqlite'] } })).toEqual([
      'postgresql',
      'sqlite',
    ]);
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
    expect(Object.keys(s).sort()).toEqual([...FUNCTION_LANGUAGE_IDS].sort());
  });
  it('generates a starter in every language for stdio problems and keeps explicit ones', () => {
    const s = startersFor({ type: 'stdio', starters: { ruby: 'mine' } });
    expect(Object.keys(s).sort()).toEqual([...STDIO_LANGUAGE_IDS].sort());
    expect(s.ruby).toBe('mine');
    expect(s.python).toContain('sys.stdin.buffer.read()');
  });
  it('gives sql problems a starter per dialect naming the tables', () => {
    const s = startersFor({
      type: 'sql',
      sql: {
        schema: 'CREATE TABLE employee (id INTEGER PRIMARY KEY, name TEXT);',
        dialects: ['postgresql', 'sqlite'],
        ordered: true,
      },
      starters: {},
    });
    expect(Object.keys(s).sort()).toEqual(['postgresql', 'sqlite']);
    expect(s.postgresql).toContain('employee(id, name)');
    expect(s.sqlite).toMatch(/SELECT \*\nFROM employee;/);
  });
});
