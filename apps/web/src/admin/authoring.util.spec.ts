import { describe, expect, it } from 'vitest';
import { pairTestFiles, slugify, SLUG_PATTERN, solutionPath } from './authoring.util';

describe('slugify', () => {
  it('makes a valid slug from a title', () => {
    expect(slugify('Add Two Numbers')).toBe('add-two-numbers');
    expect(slugify('  LRU Cache (design) ')).toBe('lru-cache-design');
    expect(slugify('Café — crème')).toBe('cafe-creme');
    expect(SLUG_PATTERN.test(slugify('x'.repeat(59) + ' y'))).toBe(true);
  });
});

describe('pairTestFiles', () => {
  it('pairs .in with .ans by name', () => {
    const files = [{ name: 'b.ans' }, { name: 'a.in' }, { name: 'b.in' }, { name: 'a.ans' }];
    expect(pairTestFiles(files)).toEqual([
      { name: 'b', input: { name: 'b.in' }, answer: { name: 'b.ans' } },
      { name: 'a', input: { name: 'a.in' }, answer: { name: 'a.ans' } },
    ]);
  });

  it('names the file that has no partner or another extension', () => {
    expect(() => pairTestFiles([{ name: 'a.in' }])).toThrow('a: both a.in and a.ans are needed.');
    expect(() => pairTestFiles([{ name: 'a.txt' }])).toThrow('a.txt: name test files');
  });
});

describe('solutionPath', () => {
  it('follows the expected verdict and the language', () => {
    expect(solutionPath('accepted/fast.py', ['wrong_answer'], 'python')).toBe('wrong_answer/fast.py');
    expect(solutionPath('accepted/fast.py', ['accepted'], 'java')).toBe('accepted/fast.java');
    expect(solutionPath('', [], 'cpp')).toBe('accepted/solution.cpp');
  });
});
