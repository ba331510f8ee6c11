import { FUNCTION_LANGUAGE_IDS, LANGUAGE_IDS, SQL_LANGUAGE_IDS } from '@tryout/contracts';
import { JudgingService, SubmissionsService } from '@tryout/server-submissions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestUser } from '../../../test/support/app';
import { call } from '../../../test/support/http';
import { sampleFunctionProblem, sampleStdioProblem } from '../../../test/support/problems';

describe('catalog', () => {
  let t: TestApp;
  let alice: TestUser;
  let admin: TestUser;
  const stdio = sampleStdioProblem();
  const fn = sampleFunctionProblem();
  const hard = sampleStdioProblem({
    slug: 'graph-walk',
    name: 'Graph Walk',
    difficulty: 'hard',
    tags: ['graphs', 'bfs'],
    statement: { format: 'markdown', language: 'en', body: 'Walk a graph breadth first from the root vertex.' },
  });

  beforeAll(async () => {
    t = await startTestApp();
    await t.importProblem(stdio);
    await t.importProblem(fn);
    await t.importProblem(hard);
    [alice, admin] = await Promise.all([t.register('candidate'), t.register('admin')]);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('lists, filters, sorts and pages', async () => {
    const all = await call(t.url, 'GET', '/api/problems');
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(3);
    expect(all.body.items.map((p: { slug: string }) => p.slug)).toEqual(['graph-walk', 'sum-two', 'two-sum']);
    expect(all.body.items[0]).not.toHaveProperty('solved');
    const easy = await call(t.url, 'GET', '/api/problems?difficulty=easy');
    expect(easy.body.items.map((p: { slug: string }) => p.slug)).toEqual(['sum-two']);
    const tagged = await call(t.url, 'GET', '/api/problems?tags=arrays,hashing');
    expect(tagged.body.items.map((p: { slug: string }) => p.slug)).toEqual(['two-sum']);
    const fnType = await call(t.url, 'GET', '/api/problems?type=function');
    expect(fnType.body.total).toBe(1);
    // The catalog's Type filter: `coding` is every type but sql (these three), `sql` none of them.
    const coding = await call(t.url, 'GET', '/api/problems?type=coding');
    expect(coding.body.total).toBe(3);
    const sqlType = await call(t.url, 'GET', '/api/problems?type=sql');
    expect(sqlType.body.total).toBe(0);
    const badType = await call(t.url, 'GET', '/api/problems?type=database');
    expect(badType.status).toBe(400);
    const byDifficulty = await call(t.url, 'GET', '/api/problems?sort=difficulty&order=desc');
    expect(byDifficulty.body.items[0].slug).toBe('graph-walk');
    const page2 = await call(t.url, 'GET', '/api/problems?pageSize=2&page=2');
    expect(page2.body).toMatchObject({ page: 2, pageSize: 2, total: 3 });
    expect(page2.body.items).toHaveLength(1);
  });

  it('searches title and statement with Postgres full-text', async () => {
    const byStatement = await call(t.url, 'GET', '/api/problems?q=breadth');
    expect(byStatement.body.items.map((p: { slug: string }) => p.slug)).toEqual(['graph-walk']);
    // Title words (weight A) outrank statement words (weight B).
    const byTitle = await call(t.url, 'GET', '/api/problems?q=numbers');
    expect(byTitle.body.items.map((p: { slug: string }) => p.slug)).toEqual(['sum-two', 'two-sum']);
    const stemmed = await call(t.url, 'GET', '/api/problems?q=integer');
    expect(stemmed.body.items.map((p: { slug: string }) => p.slug).sort()).toEqual(['sum-two', 'two-sum']);
    const nothing = await call(t.url, 'GET', `/api/problems?q=${encodeURIComponent("'; DROP TABLE problems; --")}`);
    expect(nothing.status).toBe(200);
    expect(nothing.body.total).toBe(0);
  });

  it('shows the detail without hidden tests or references to candidates', async () => {
    for (const token of [undefined, alice.token]) {
      const res = await call(t.url, 'GET', '/api/problems/sum-two', { token });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        slug: 'sum-two',
        version: 1,
        hiddenTestCount: 3,
        limits: { timeLimitMs: 1000, memoryMb: 256, outputMb: 8 },
      });
      expect(res.body.samples).toEqual([
        { name: 'sample/1', input: '1 2\n', output: '3\n' },
        { name: 'sample/2', input: '5 7\n', output: '12\n' },
      ]);
      expect(res.body.starterCode.python).toContain('input()');
      expect(res.body.languages).toContain('rust');
      const text = JSON.stringify(res.body);
      expect(text).not.toContain('2147483647');
      expect(text).not.toContain('print(sum(');
      expect(res.body).not.toHaveProperty('hiddenTests');
      expect(res.body).not.toHaveProperty('referenceSolutions');
    }
    const fnDetail = await call(t.url, 'GET', '/api/problems/two-sum');
    expect(fnDetail.body.signature).toEqual({
      kind: 'function',
      name: 'twoSum',
      params: [
        { name: 'nums', type: 'int[]' },
        { name: 'target', type: 'int' },
      ],
      returns: 'int[]',
    });
    // Every code language offers function problems (the SQL dialects serve only sql problems).
    expect(fnDetail.body.languages).toEqual([...FUNCTION_LANGUAGE_IDS]);
  });

  it('shows hidden tests and references to admins', async () => {
    const res = await call(t.url, 'GET', '/api/problems/sum-two', { token: admin.token });
    expect(res.body.hiddenTests).toHaveLength(3);
    expect(res.body.referenceSolutions[0]).toMatchObject({ language: 'python', expected: 'accepted' });
  });

  it('answers tags with counts and languages', async () => {
    const tags = await call(t.url, 'GET', '/api/tags');
    expect(tags.body).toEqual(
      expect.arrayContaining([
        { tag: 'math', count: 1 },
        { tag: 'arrays', count: 1 },
      ]),
    );
    const langs = await call(t.url, 'GET', '/api/languages');
    expect(langs.body.map((l: { id: string }) => l.id)).toEqual([...LANGUAGE_IDS]);
    // Every code language runs function problems; the SQL dialects run only SQL problems.
    const byId = new Map(
      langs.body.map((l: { id: string; supportsFunctions: boolean }) => [l.id, l.supportsFunctions]),
    );
    for (const id of FUNCTION_LANGUAGE_IDS) expect(byId.get(id), id).toBe(true);
    for (const id of SQL_LANGUAGE_IDS) expect(byId.get(id), id).toBe(false);
    expect(langs.body.find((l: { id: string }) => l.id === 'python')).toMatchObject({
      name: 'Python 3',
      supportsFunctions: true,
      version: expect.stringMatching(/3\./),
    });
  });

  it('404s unknown problems', async () => {
    for (const slug of ['nope', 'UPPER', '..%2F..%2Fetc', 'a'.repeat(200)]) {
      const res = await call(t.url, 'GET', `/api/problems/${slug}`);
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('problem_not_found');
    }
  });

  it('versions judgeable data: a test change adds a version, a statement change does not; submissions keep theirs', async () => {
    const submissions = t.app.get(SubmissionsService);
    const { id } = await submissions.create(
      { userId: alice.userId, role: 'candidate' },
      { problem: 'sum-two', language: 'python', mode: 'submit', source: 'print(1)' },
    );
    const edited = {
      ...stdio,
      statement: { ...stdio.statement, body: 'Read two integers; print the sum. Now with a friendlier statement.' },
    };
    const statementOnly = await t.importProblem(edited);
    expect(statementOnly).toMatchObject({ created: false, newVersion: false, version: 1 });
    const newTests = await t.importProblem({
      ...edited,
      tests: [...stdio.tests, { name: 'secret/4', group: 'secret', input: '1 1\n', answer: '2\n' }],
    });
    expect(newTests).toMatchObject({ created: false, newVersion: true, version: 2 });
    const newLimits = await t.importProblem({
      ...edited,
      tests: [...stdio.tests, { name: 'secret/4', group: 'secret', input: '1 1\n', answer: '2\n' }],
      limits: { ...stdio.limits, timeLimitMs: 2000 },
    });
    expect(newLimits.version).toBe(3);
    // The import invalidated the cached detail at once.
    const detail = await call(t.url, 'GET', '/api/problems/sum-two');
    expect(detail.body).toMatchObject({ version: 3, hiddenTestCount: 4, limits: { timeLimitMs: 2000 } });
    expect(detail.body.statement).toContain('friendlier');
    const task = await t.app.get(JudgingService).load(id);
    expect(task.problem.tests).toHaveLength(5);
    expect(task.problem.limits.timeLimitMs).toBe(1000);
  });

  it("flags the caller's solved problems and filters by status", async () => {
    const submissions = t.app.get(SubmissionsService);
    const judging = t.app.get(JudgingService);
    const { id } = await submissions.create(
      { userId: alice.userId, role: 'candidate' },
      { problem: 'two-sum', language: 'python', mode: 'submit', source: 'x = 1' },
    );
    await judging.finish(id, { verdict: 'accepted', cpuMs: 10, memoryKb: 1000, tests: [] });
    const solved = await call(t.url, 'GET', '/api/problems?status=solved', { token: alice.token });
    expect(solved.body.items.map((p: { slug: string }) => p.slug)).toEqual(['two-sum']);
    expect(solved.body.items[0]).toMatchObject({ solved: true, attempted: true });
    const unsolved = await call(t.url, 'GET', '/api/problems?status=unsolved', { token: alice.token });
    expect(unsolved.body.items.map((p: { slug: string }) => p.slug)).toEqual(['graph-walk', 'sum-two']);
    const detail = await call(t.url, 'GET', '/api/problems/two-sum', { token: alice.token });
    expect(detail.body.solved).toBe(true);
  });
});
