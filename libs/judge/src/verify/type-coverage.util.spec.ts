import { describe, expect, it } from 'vitest';
import type { CallableSpec } from '@tryout/languages';
import type { ProblemSubmission } from '../problem/problem-package';
import { coverageSet, missingFeatures, provingPair, signatureFeatures } from './type-coverage.util';

const sub = (path: string, language: ProblemSubmission['language']): ProblemSubmission => {
  const dir = path.split('/')[0];
  return {
    path,
    language,
    expected:
      dir === 'accepted' ? ['accepted'] : dir === 'time_limit_exceeded' ? ['time_limit_exceeded'] : ['wrong_answer'],
    source: '',
    useForTimeLimit: dir === 'accepted',
  };
};

const fn = (params: string[], returns: string): CallableSpec => ({
  kind: 'function',
  name: 'f',
  params: params.map((type, i) => ({ name: `p${i}`, type })),
  returns,
  compare: 'exact',
});

const lru: CallableSpec = {
  kind: 'class',
  name: 'LRUCache',
  constructor: { params: [{ name: 'capacity', type: 'int' }] },
  methods: [
    { name: 'get', params: [{ name: 'key', type: 'long' }], returns: 'int' },
    { name: 'put', params: [{ name: 'key', type: 'int' }], returns: 'void' },
  ],
  compare: 'exact',
};

describe('signatureFeatures', () => {
  it('lists each type as a parameter and as a return', () => {
    expect(signatureFeatures(fn(['int[]', 'int', 'int'], 'int[]'))).toEqual([
      'parameter int',
      'parameter int[]',
      'return int[]',
    ]);
  });
  it('lists a class shapes, its constructor and method parameters as parameters, void apart', () => {
    expect(signatureFeatures(lru)).toEqual([
      'constructor parameter',
      'design class',
      'method return value',
      'parameter int',
      'parameter long',
      'return int',
      'void method',
    ]);
  });
});

describe('coverage by language', () => {
  const packages = [
    {
      slug: 'a',
      callable: fn(['int[]'], 'int'),
      submissions: [sub('accepted/a.py', 'python'), sub('wrong_answer/w.py', 'python'), sub('accepted/a.go', 'go')],
    },
    {
      slug: 'b',
      callable: fn(['int[]', 'string'], 'bool'),
      submissions: [sub('accepted/b.go', 'go'), sub('time_limit_exceeded/t.go', 'go'), sub('accepted/b.py', 'python')],
    },
    {
      slug: 'c',
      callable: fn(['string'], 'bool'),
      submissions: [sub('accepted/c.py', 'python'), sub('wrong_answer/c.py', 'python')],
    },
    { slug: 'stdio', submissions: [sub('accepted/s.py', 'python'), sub('wrong_answer/s.py', 'python')] },
  ];

  it('pairs an accepted with a rejected submission of the language, a time-out only when nothing else', () => {
    expect(provingPair(packages[1].submissions, 'go')?.map((s) => s.path)).toEqual([
      'accepted/b.go',
      'time_limit_exceeded/t.go',
    ]);
    expect(provingPair(packages[0].submissions, 'go')).toBeUndefined();
  });

  it('names the features no problem with both an accepted and a rejected solution in the language uses', () => {
    expect(missingFeatures(packages, 'python')).toEqual([]);
    expect(missingFeatures(packages, 'go')).toEqual(['return int']);
    expect(missingFeatures(packages, 'java')).toEqual([
      'parameter int[]',
      'parameter string',
      'return bool',
      'return int',
    ]);
  });

  it('picks a small covering set, largest gain first, stable by slug', () => {
    expect(coverageSet(packages, 'python')).toEqual(['a', 'c']);
    expect(coverageSet(packages, 'go')).toEqual(['b']);
    expect(coverageSet(packages, 'java')).toEqual([]);
  });
});
