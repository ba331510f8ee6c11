import { describe, expect, it } from 'vitest';
import { pickRandom, queryCatalog, type CatalogEntry } from './catalog-query.util';

let n = 0;
const entry = (
  id: string,
  title: string,
  difficulty: CatalogEntry['difficulty'],
  tags: string[],
  createdAt: number,
  acceptanceRate: number | null = null,
): CatalogEntry => ({
  id,
  number: ++n,
  slug: id,
  title,
  difficulty,
  type: 'stdio',
  tags,
  acceptanceRate,
  createdAt,
});

const entries = [
  entry('a', 'Alpha', 'hard', ['arrays', 'hashing'], 3, 0.5),
  entry('b', 'Bravo', 'easy', ['arrays'], 1, 0.9),
  entry('c', 'Charlie', 'medium', ['graphs'], 2),
];

describe('queryCatalog', () => {
  it('sorts by title by default and pages', () => {
    const r = queryCatalog(entries, { pageSize: 2 }, undefined, undefined);
    expect(r.items.map((i) => i.id)).toEqual(['a', 'b']);
    expect(r.total).toBe(3);
    expect(queryCatalog(entries, { pageSize: 2, page: 2 }, undefined, undefined).items.map((i) => i.id)).toEqual(['c']);
  });
  it('requires every tag and filters difficulty', () => {
    expect(queryCatalog(entries, { tags: 'arrays,hashing' }, undefined, undefined).items.map((i) => i.id)).toEqual([
      'a',
    ]);
    expect(queryCatalog(entries, { difficulty: 'easy' }, undefined, undefined).items.map((i) => i.id)).toEqual(['b']);
  });
  it('filters by type: one type, or coding for every type but sql', () => {
    const typed: CatalogEntry[] = [
      { ...entries[0], type: 'function' },
      { ...entries[1], type: 'sql' },
      { ...entries[2], type: 'stdio' },
    ];
    const ids = (type: 'sql' | 'coding' | 'stdio') =>
      queryCatalog(typed, { type }, undefined, undefined).items.map((i) => i.id);
    expect(ids('sql')).toEqual(['b']);
    expect(ids('coding')).toEqual(['a', 'c']);
    expect(ids('stdio')).toEqual(['c']);
  });
  it('sorts by difficulty, acceptance and newest', () => {
    expect(queryCatalog(entries, { sort: 'difficulty' }, undefined, undefined).items.map((i) => i.id)).toEqual([
      'b',
      'c',
      'a',
    ]);
    expect(
      queryCatalog(entries, { sort: 'acceptance', order: 'desc' }, undefined, undefined).items.map((i) => i.id),
    ).toEqual(['b', 'a', 'c']);
    expect(queryCatalog(entries, { sort: 'newest' }, undefined, undefined).items.map((i) => i.id)).toEqual([
      'a',
      'c',
      'b',
    ]);
  });
  it('orders full-text hits by rank', () => {
    const ranks = new Map([
      ['c', 0.9],
      ['a', 0.1],
    ]);
    expect(queryCatalog(entries, {}, ranks, undefined).items.map((i) => i.id)).toEqual(['c', 'a']);
  });
  it('filters and flags by the caller status', () => {
    const status = new Map([
      ['a', { solved: true, attempted: true }],
      ['b', { solved: false, attempted: true }],
    ]);
    expect(queryCatalog(entries, { status: 'solved' }, undefined, status).items.map((i) => i.id)).toEqual(['a']);
    expect(queryCatalog(entries, { status: 'unsolved' }, undefined, status).items.map((i) => i.id)).toEqual(['b', 'c']);
    expect(queryCatalog(entries, { status: 'attempted' }, undefined, status).items.map((i) => i.id)).toEqual(['b']);
    expect(queryCatalog(entries, {}, undefined, status).items[0]).toMatchObject({ solved: true, attempted: true });
    expect(queryCatalog(entries, {}, undefined, undefined).items[0]).not.toHaveProperty('solved');
  });
  it('sorts by number both ways', () => {
    expect(queryCatalog(entries, { sort: 'number' }, undefined, undefined).items.map((i) => i.number)).toEqual([
      1, 2, 3,
    ]);
    expect(
      queryCatalog(entries, { sort: 'number', order: 'desc' }, undefined, undefined).items.map((i) => i.id),
    ).toEqual(['c', 'b', 'a']);
  });
  it("keeps a list's problems in its order, and the caller's favourites", () => {
    const listOrder = new Map([
      ['c', 0],
      ['a', 1],
    ]);
    expect(queryCatalog(entries, { list: 'l' }, undefined, undefined, { listOrder }).items.map((i) => i.id)).toEqual([
      'c',
      'a',
    ]);
    expect(
      queryCatalog(entries, { list: 'l', sort: 'title' }, undefined, undefined, { listOrder }).items.map((i) => i.id),
    ).toEqual(['a', 'c']);
    const status = new Map<string, { solved: boolean; attempted: boolean }>();
    const favourites = new Set(['b']);
    const starred = queryCatalog(entries, { favourites: true }, undefined, status, { favourites });
    expect(starred.items).toEqual([expect.objectContaining({ id: 'b', favourite: true })]);
    // Anonymous callers have no favourites.
    expect(queryCatalog(entries, { favourites: true }, undefined, undefined).total).toBe(0);
  });
  it('picks a matching problem at random, unsolved first', () => {
    const status = new Map([['b', { solved: true, attempted: true }]]);
    for (const r of [0, 0.5, 0.99]) {
      expect(pickRandom(entries, { tags: 'arrays' }, undefined, status, {}, () => r)?.id).toBe('a');
      expect(['a', 'b']).toContain(pickRandom(entries, { tags: 'arrays' }, undefined, undefined, {}, () => r)?.id);
    }
    // Everything matching is solved: still a pick.
    expect(pickRandom(entries, { difficulty: 'easy' }, undefined, status, {}, () => 0.3)?.id).toBe('b');
    expect(pickRandom(entries, { difficulty: 'easy', tags: 'graphs' }, undefined, status)).toBeUndefined();
  });
});
