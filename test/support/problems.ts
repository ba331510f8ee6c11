/**
 * Small in-memory problem packages for tests (no files): import them with TestApp.importProblem or
 * ProblemsService.importProblemPackage.
 *
 *   const pkg = sampleStdioProblem({ slug: 'echo-two' });
 */
import type { ProblemPackage } from '@tryout/judge';
import { randomUUID } from 'node:crypto';

export function sampleStdioProblem(overrides: Partial<ProblemPackage> = {}): ProblemPackage {
  return {
    uuid: randomUUID(),
    slug: 'sum-two',
    name: 'Sum Two Numbers',
    type: 'stdio',
    difficulty: 'easy',
    tags: ['math'],
    source: 'Tryout tests',
    format: 'tryout',
    statement: {
      format: 'markdown',
      language: 'en',
      body: 'Read two integers and print their **sum**. Beware of overflow in the addition.',
    },
    solution: 'Add them.',
    limits: {
      timeLimitMs: 1000,
      memoryMb: 256,
      outputMb: 8,
      timeLimitSource: 'explicit',
      timeMultiplier: 2,
      timeSafetyMargin: 1.5,
    },
    validation: { kind: 'default', flags: [] },
    tests: [
      { name: 'sample/1', group: 'sample', input: '1 2\n', answer: '3\n' },
      { name: 'sample/2', group: 'sample', input: '5 7\n', answer: '12\n' },
      { name: 'secret/1', group: 'secret', input: '100 200\n', answer: '300\n' },
      { name: 'secret/2', group: 'secret', input: '-5 5\n', answer: '0\n' },
      { name: 'secret/3', group: 'secret', input: '2147483647 1\n', answer: '2147483648\n' },
    ],
    submissions: [
      {
        path: 'accepted/sum.py',
        language: 'python',
        expected: ['accepted'],
        source: 'print(sum(map(int, input().split())))\n',
        useForTimeLimit: true,
      },
    ],
    starters: { python: 'a, b = map(int, input().split())\n' },
    ...overrides,
  };
}

export function sampleFunctionProblem(overrides: Partial<ProblemPackage> = {}): ProblemPackage {
  return {
    ...sampleStdioProblem(),
    uuid: randomUUID(),
    slug: 'two-sum',
    name: 'Two Sum',
    type: 'function',
    difficulty: 'medium',
    tags: ['arrays', 'hashing'],
    statement: {
      format: 'markdown',
      language: 'en',
      body: 'Given an array of integers and a target, return the indices of the two numbers adding up to target.',
    },
    callable: {
      kind: 'function',
      name: 'twoSum',
      params: [
        { name: 'nums', type: 'int[]' },
        { name: 'target', type: 'int' },
      ],
      returns: 'int[]',
      compare: 'any_order',
    },
    tests: [
      { name: 'sample/1', group: 'sample', input: '[2,7,11,15]\n9\n', answer: '[0,1]\n' },
      { name: 'secret/1', group: 'secret', input: '[3,2,4]\n6\n', answer: '[1,2]\n' },
    ],
    submissions: [],
    starters: {
      python: 'class Solution:\n    def twoSum(self, nums: List[int], target: int) -> List[int]:\n        pass\n',
    },
    ...overrides,
  };
}
