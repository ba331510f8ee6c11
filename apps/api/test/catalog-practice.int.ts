/**
 * Issue 10's catalog: stable numbers, sort=number, the random pick, curated lists, favourites and
 * acceptance, against the real Postgres and Redis.
 */
import { CatalogService, CuratedListsService } from '@tryout/server-problems';
import { JudgingService, SubmissionsService } from '@tryout/server-submissions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestUser } from '../../../test/support/app';
import { call } from '../../../test/support/http';
import { sampleFunctionProblem, sampleStdioProblem } from '../../../test/support/problems';

const slugs = (body: { items: { slug: string }[] }) => body.items.map((p) => p.slug);

describe('catalog: numbers, sorting, random pick, lists, favourites', () => {
  let t: TestApp;
  let alice: TestUser;
  const sum = sampleStdioProblem();
  const twoSum = sampleFunctionProblem();
  const walk = sampleStdioProblem({ slug: 'graph-walk', name: 'Graph Walk', difficulty: 'hard', tags: ['graphs'] });
  const fixed = sampleStdioProblem({ slug: 'answer', name: 'Answer', number: 42, tags: ['math'] });

  async function solve(user: TestUser, slug: string, verdict: 'accepted' | 'wrong_answer'): Promise<void> {
    const { id } = await t.app
      .get(SubmissionsService)
      .create(
        { userId: user.userId, role: 'candidate' },
        { problem: slug, language: 'python', mode: 'submit', source: 'x = 1' },
      );
    await t.app.get(JudgingService).finish(id, { verdict, cpuMs: 1, memoryKb: 1, tests: [] });
  }

  beforeAll(async () => {
    t = await startTestApp();
    for (const pkg of [sum, twoSum, walk, fixed]) await t.importProblem(pkg);
    alice = await t.register('candidate');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('numbers problems once, in import order or by number:, and keeps them across re-imports', async () => {
    const all = await call(t.url, 'GET', '/api/problems?sort=number');
    expect(all.status).toBe(200);
    expect(all.body.items.map((p: { slug: string; number: number }) => [p.number, p.slug])).toEqual([
      [1, 'sum-two'],
      [2, 'two-sum'],
      [3, 'graph-walk'],
      [42, 'answer'],
    ]);
    // Re-imports (even one asking for another number, or with new tests) never change a number.
    const again = await t.importProblem({
      ...walk,
      number: 7,
      tests: [...walk.tests, { name: 'secret/9', group: 'secret', input: '0 0\n', answer: '0\n' }],
    });
    expect(again).toMatchObject({ number: 3, newVersion: true });
    expect((await t.importProblem(sum)).number).toBe(1);
    // The next new problem follows the highest number.
    const next = await t.importProblem(sampleStdioProblem({ slug: 'late-comer', name: 'Late Comer' }));
    expect(next.number).toBe(43);
    await expect(t.importProblem(sampleStdioProblem({ slug: 'clash', name: 'Clash', number: 42 }))).rejects.toThrow(
      /clash: number 42 already belongs to answer/,
    );
    const detail = await call(t.url, 'GET', '/api/problems/graph-walk');
    expect(detail.body.number).toBe(3);
    const desc = await call(t.url, 'GET', '/api/problems?sort=number&order=desc&pageSize=2');
    expect(slugs(desc.body)).toEqual(['late-comer', 'answer']);
  });

  it('picks a random problem matching the filters, unsolved first for a signed-in caller', async () => {
    for (let i = 0; i < 5; i++) {
      const hard = await call(t.url, 'GET', '/api/random-problem?difficulty=hard');
      expect(hard.status).toBe(200);
      expect(hard.body).toMatchObject({ slug: 'graph-walk', number: 3, difficulty: 'hard' });
    }
    // Nothing matching is an answer (the JSON null), not a failed request.
    const none = await call(t.url, 'GET', '/api/random-problem?difficulty=hard&tags=arrays');
    expect(none.status).toBe(200);
    expect(none.body).toBeNull(); // JSON null, not an empty body (which parses to undefined)
    const bad = await call(t.url, 'GET', '/api/random-problem?difficulty=impossible');
    expect(bad.status).toBe(400);

    const bob = await t.register('candidate');
    // Every easy problem but one solved: the pick is always the unsolved one.
    const easy = ['sum-two', 'answer', 'late-comer'];
    for (const slug of easy.slice(1)) await solve(bob, slug, 'accepted');
    for (let i = 0; i < 5; i++) {
      const pick = await call(t.url, 'GET', '/api/random-problem?difficulty=easy&type=stdio', { token: bob.token });
      expect(pick.body).toMatchObject({ slug: 'sum-two', solved: false });
    }
    await solve(bob, 'sum-two', 'accepted');
    // All solved: any of them.
    const any = await call(t.url, 'GET', '/api/random-problem?difficulty=easy&type=stdio', { token: bob.token });
    expect(easy).toContain(any.body.slug);
  });

  it('imports curated lists, refuses unknown problems naming the file, and serves them with progress', async () => {
    const lists = t.app.get(CuratedListsService);
    await expect(
      lists.replaceLists([
        { slug: 'broken', file: 'lists/broken.yaml', title: 'Broken', description: '', problems: ['two-sum', 'nope'] },
      ]),
    ).rejects.toThrow('lists/broken.yaml: unknown problem "nope"');
    await lists.replaceLists([
      { slug: 'old', file: 'lists/old.yaml', title: 'Old', description: '', problems: ['sum-two'] },
    ]);
    const result = await lists.replaceLists([
      {
        slug: 'starter',
        file: 'lists/starter.yaml',
        title: 'Starter',
        description: 'First steps',
        problems: ['two-sum', 'graph-walk', 'sum-two'],
      },
      { slug: 'graphs', file: 'lists/graphs.yaml', title: 'Graphs', description: '', problems: ['graph-walk'] },
    ]);
    expect(result).toEqual({ lists: 2, removed: 1 });

    const anon = await call(t.url, 'GET', '/api/lists');
    expect(anon.body).toEqual([
      { slug: 'graphs', title: 'Graphs', description: '', problemCount: 1 },
      { slug: 'starter', title: 'Starter', description: 'First steps', problemCount: 3 },
    ]);
    await solve(alice, 'graph-walk', 'accepted');
    await solve(alice, 'two-sum', 'wrong_answer');
    const mine = await call(t.url, 'GET', '/api/lists', { token: alice.token });
    expect(mine.body.find((l: { slug: string }) => l.slug === 'starter')).toMatchObject({
      problemCount: 3,
      solvedCount: 1,
    });
    const detail = await call(t.url, 'GET', '/api/lists/starter', { token: alice.token });
    expect(detail.status).toBe(200);
    expect(
      detail.body.problems.map((p: { slug: string; solved: boolean; attempted: boolean }) => [
        p.slug,
        p.solved,
        p.attempted,
      ]),
    ).toEqual([
      ['two-sum', false, true],
      ['graph-walk', true, true],
      ['sum-two', false, false],
    ]);
    // The catalog filter keeps the list's order unless sorted.
    const filtered = await call(t.url, 'GET', '/api/problems?list=starter');
    expect(slugs(filtered.body)).toEqual(['two-sum', 'graph-walk', 'sum-two']);
    const sorted = await call(t.url, 'GET', '/api/problems?list=starter&sort=number');
    expect(slugs(sorted.body)).toEqual(['sum-two', 'two-sum', 'graph-walk']);
    const randomInList = await call(t.url, 'GET', '/api/random-problem?list=graphs');
    expect(randomInList.body.slug).toBe('graph-walk');
    for (const path of [
      '/api/lists/old',
      '/api/lists/NOPE',
      '/api/problems?list=old',
      '/api/random-problem?list=old',
    ]) {
      const gone = await call(t.url, 'GET', path);
      expect(gone.status, path).toBe(404);
      expect(gone.body.code, path).toBe('list_not_found');
    }
  });

  it('stars and unstars problems per user and filters by them', async () => {
    const carol = await t.register('candidate');
    expect((await call(t.url, 'PUT', '/api/problems/two-sum/favourite')).status).toBe(401);
    for (let i = 0; i < 2; i++) {
      const put = await call(t.url, 'PUT', '/api/problems/two-sum/favourite', { token: carol.token });
      expect(put.status).toBe(204);
    }
    await call(t.url, 'PUT', '/api/problems/answer/favourite', { token: carol.token });
    expect((await call(t.url, 'PUT', '/api/problems/nope/favourite', { token: carol.token })).status).toBe(404);
    const starred = await call(t.url, 'GET', '/api/problems?favourites=true&sort=number', { token: carol.token });
    expect(slugs(starred.body)).toEqual(['two-sum', 'answer']);
    expect(starred.body.items[0].favourite).toBe(true);
    const detail = await call(t.url, 'GET', '/api/problems/two-sum', { token: carol.token });
    expect(detail.body.favourite).toBe(true);
    // Another user's stars are theirs alone; anonymous callers have none.
    const others = await call(t.url, 'GET', '/api/problems?favourites=true', { token: alice.token });
    expect(others.body.total).toBe(0);
    expect((await call(t.url, 'GET', '/api/problems?favourites=true')).body.total).toBe(0);
    expect((await call(t.url, 'GET', '/api/problems?favourites=maybe')).status).toBe(400);
    const del = await call(t.url, 'DELETE', '/api/problems/two-sum/favourite', { token: carol.token });
    expect(del.status).toBe(204);
    expect((await call(t.url, 'DELETE', '/api/problems/two-sum/favourite', { token: carol.token })).status).toBe(204);
    const after = await call(t.url, 'GET', '/api/problems?favourites=true', { token: carol.token });
    expect(slugs(after.body)).toEqual(['answer']);
  });

  it('shows acceptance once a problem has finished submits (after the short catalog cache)', async () => {
    const dave = await t.register('candidate');
    await t.importProblem(sampleStdioProblem({ slug: 'fresh-one', name: 'Fresh One' }));
    await solve(dave, 'fresh-one', 'wrong_answer');
    await solve(dave, 'fresh-one', 'accepted');
    // Runs never count.
    const run = await t.app
      .get(SubmissionsService)
      .create(
        { userId: dave.userId, role: 'candidate' },
        { problem: 'fresh-one', language: 'python', mode: 'run', source: 'x' },
      );
    await t.app.get(JudgingService).finish(run.id, { verdict: 'accepted', cpuMs: 1, memoryKb: 1, tests: [] });
    // The list is cached for a few seconds: poll until the reload shows the counters.
    let rate: number | null = null;
    for (let i = 0; i < 100 && rate === null; i++) {
      const list = await call(t.url, 'GET', '/api/problems?q=fresh');
      rate = list.body.items[0].acceptanceRate;
      if (rate === null) await new Promise((r) => setTimeout(r, 200));
    }
    expect(rate).toBe(0.5);
    t.app.get(CatalogService).invalidate();
    const detail = await call(t.url, 'GET', '/api/problems/fresh-one');
    expect(detail.body).toMatchObject({ acceptanceRate: 0.5, stats: { submissions: 2, accepted: 1 } });
  });
});
