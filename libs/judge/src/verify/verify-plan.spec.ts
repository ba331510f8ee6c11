import { describe, expect, it } from 'vitest';
import type { CallableSpec } from '@tryout/languages';
import type { ProblemSubmission } from '../problem/problem-package';
import { planVerify } from './verify-plan';

const sub = (path: string, language: ProblemSubmission['language']): ProblemSubmission => ({
  path,
  language,
  expected: path.startsWith('accepted/') ? ['accepted'] : ['wrong_answer'],
  source: '',
  useForTimeLimit: path.startsWith('accepted/'),
});

const fn = (param: string, returns: string): CallableSpec => ({
  kind: 'function',
  name: 'f',
  params: [{ name: 'x', type: param }],
  returns,
  compare: 'exact',
});

const every = (slug: string) => [
  sub(`accepted/${slug}.py`, 'python'),
  sub(`wrong_answer/${slug}.py`, 'python'),
  sub(`accepted/${slug}.go`, 'go'),
  sub(`wrong_answer/${slug}.go`, 'go'),
  sub(`accepted/${slug}.java`, 'java'),
];

const packages = [
  { slug: 'ints', type: 'function' as const, callable: fn('int', 'int'), submissions: every('ints') },
  { slug: 'strings', type: 'function' as const, callable: fn('string', 'string'), submissions: every('strings') },
  { slug: 'plain', type: 'stdio' as const, submissions: every('plain') },
];

const paths = (plan: ReturnType<typeof planVerify>) =>
  Object.fromEntries(plan.map((p) => [p.slug, p.submissions.map((s) => s.path)]));

describe('planVerify', () => {
  it('full: every submission, complete', () => {
    const plan = planVerify(packages, { scope: 'full' });
    expect(plan.every((p) => p.complete && p.submissions.length === 5)).toBe(true);
  });

  it('fast: one accepted and one rejected per problem, quickest language first', () => {
    expect(paths(planVerify(packages, { scope: 'fast' }))).toEqual({
      ints: ['accepted/ints.py', 'wrong_answer/ints.py'],
      strings: ['accepted/strings.py', 'wrong_answer/strings.py'],
      plain: ['accepted/plain.py', 'wrong_answer/plain.py'],
    });
  });

  it('ci: fast, plus each function language on its coverage set, plus every submission of changed problems', () => {
    const plan = planVerify(packages, {
      scope: 'ci',
      changed: new Set(['plain']),
      functionLanguages: ['python', 'go', 'java'],
    });
    expect(paths(plan)).toEqual({
      ints: ['accepted/ints.py', 'wrong_answer/ints.py', 'accepted/ints.go', 'wrong_answer/ints.go'],
      strings: ['accepted/strings.py', 'wrong_answer/strings.py', 'accepted/strings.go', 'wrong_answer/strings.go'],
      plain: every('plain').map((s) => s.path),
    });
    expect(plan.find((p) => p.slug === 'ints')?.reasons).toEqual(['fast', 'coverage python', 'coverage go']);
    expect(plan.find((p) => p.slug === 'plain')?.complete).toBe(true);
  });

  it('--language and --filter narrow any scope; a problem they leave empty is left out', () => {
    expect(paths(planVerify(packages, { scope: 'full', language: 'java', filter: 'str' }))).toEqual({
      strings: ['accepted/strings.java'],
    });
  });
});
