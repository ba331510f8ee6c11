import { describe, expect, it } from 'vitest';
import { editorialSolutions } from './editorial-mapping.util';

describe('editorialSolutions', () => {
  it('keeps one accepted solution per language, solution.<ext> first, in catalogue order', () => {
    const out = editorialSolutions([
      { path: 'accepted/Solution.java', language: 'java', expected: ['accepted'], source: 'java' },
      { path: 'accepted/bitset_rows.py', language: 'python', expected: ['accepted'], source: 'bitset' },
      { path: 'accepted/solution.py', language: 'python', expected: ['accepted'], source: 'main' },
      { path: 'accepted/a.go', language: 'go', expected: ['accepted'], source: 'go-a' },
      { path: 'accepted/b.go', language: 'go', expected: ['accepted'], source: 'go-b' },
    ]);
    expect(out.map((s) => `${s.language}:${s.source}`)).toEqual(['python:main', 'java:java', 'go:go-a']);
  });

  it('never shows wrong, slow or "any verdict" submissions', () => {
    expect(
      editorialSolutions([
        { path: 'wrong_answer/solution.py', language: 'python', expected: ['wrong_answer'], source: 'x' },
        { path: 'time_limit_exceeded/slow.cpp', language: 'cpp', expected: ['time_limit_exceeded'], source: 'x' },
        { path: 'rejected/r.js', language: 'javascript', expected: ['accepted', 'wrong_answer'], source: 'x' },
      ]),
    ).toEqual([]);
  });
});
