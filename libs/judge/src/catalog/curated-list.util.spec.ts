import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCuratedLists, parseCuratedList, unknownListProblems } from './curated-list.util';

describe('curated lists', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'lists-'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('parses a list file in order', () => {
    const list = parseCuratedList('lists/x.yaml', 'x', 'title: X\ndescription: Why\nproblems: [b, a]\n');
    expect(list).toEqual({ slug: 'x', file: 'lists/x.yaml', title: 'X', description: 'Why', problems: ['b', 'a'] });
  });

  it('names the file in every error', () => {
    const bad: [string, RegExp][] = [
      ['problems: [a]', /lists\/x.yaml: title must be/],
      ['title: X', /lists\/x.yaml: problems must be a non-empty list/],
      ['title: X\nproblems: [a, a]', /problem "a" is listed twice/],
      ['title: X\nproblems: [a]\nextra: 1', /unknown key\(s\): extra/],
      ['title: X\nproblems: ["Not A Slug"]', /"Not A Slug" is not a problem slug/],
      ['title: [', /not valid YAML/],
    ];
    for (const [text, message] of bad) expect(() => parseCuratedList('lists/x.yaml', 'x', text)).toThrow(message);
  });

  it('loads lists/*.yaml, none without the folder, and reports unknown slugs by file', async () => {
    expect(await loadCuratedLists(root)).toBeUndefined();
    await mkdir(join(root, 'lists'));
    await writeFile(join(root, 'lists', 'b-list.yaml'), 'title: B\nproblems: [two-sum, nope]\n');
    await writeFile(join(root, 'lists', 'a-list.yml'), 'title: A\nproblems: [two-sum]\n');
    await writeFile(join(root, 'lists', 'notes.txt'), 'ignored');
    const lists = (await loadCuratedLists(root)) ?? [];
    expect(lists.map((l) => l.slug)).toEqual(['a-list', 'b-list']);
    expect(unknownListProblems(lists, new Set(['two-sum']))).toEqual(['lists/b-list.yaml: unknown problem "nope"']);
  });
});
