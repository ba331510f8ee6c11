import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from './catalog-query.util';
import { similarProblems } from './similar-problems.util';

function entry(slug: string, difficulty: CatalogEntry['difficulty'], tags: string[]): CatalogEntry {
  return {
    id: slug,
    slug,
    number: 0,
    title: slug.toUpperCase(),
    difficulty,
    type: 'function',
    tags,
    acceptanceRate: null,
    createdAt: 0,
  };
}

describe('similarProblems', () => {
  const target = entry('target', 'medium', ['arrays', 'hashing', 'sorting']);
  const entries = [
    target,
    entry('two-shared-hard', 'hard', ['arrays', 'hashing']),
    entry('two-shared-medium', 'medium', ['hashing', 'sorting', 'graphs']),
    entry('one-shared-medium', 'medium', ['arrays']),
    entry('one-shared-easy-b', 'easy', ['sorting']),
    entry('one-shared-easy-a', 'easy', ['hashing']),
    entry('three-shared-easy', 'easy', ['sorting', 'hashing', 'arrays', 'math']),
    entry('none', 'medium', ['graphs', 'bfs']),
  ];

  it('ranks by shared tags, then difficulty closeness, then title; never the problem itself', () => {
    const out = similarProblems(entries, target);
    expect(out.map((p) => p.slug)).toEqual([
      'three-shared-easy',
      'two-shared-medium',
      'two-shared-hard',
      'one-shared-medium',
      'one-shared-easy-a',
    ]);
    expect(out[1].sharedTags).toEqual(['hashing', 'sorting']);
    expect(out[0]).not.toHaveProperty('createdAt');
  });

  it('leaves out problems without a shared tag and honours the limit', () => {
    expect(similarProblems(entries, entry('x', 'easy', ['graphs'])).map((p) => p.slug)).toEqual([
      'none',
      'two-shared-medium',
    ]);
    expect(similarProblems(entries, target, 2)).toHaveLength(2);
    expect(similarProblems(entries, entry('y', 'easy', ['trie']))).toEqual([]);
  });
});
