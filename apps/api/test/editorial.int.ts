import { ProblemsService } from '@tryout/server-problems';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestUser } from '../../../test/support/app';
import { call } from '../../../test/support/http';
import { sampleFunctionProblem, sampleStdioProblem } from '../../../test/support/problems';

describe('editorial, hints and similar problems', () => {
  let t: TestApp;
  let admin: TestUser;
  const stdio = sampleStdioProblem({
    solution: '## Intuition\nAdd the two numbers in 64-bit arithmetic: $a + b$.\n',
    hints: ['Read both numbers.', 'Beware of overflow.'],
    submissions: [
      ...sampleStdioProblem().submissions,
      {
        path: 'accepted/Main.java',
        language: 'java',
        expected: ['accepted'],
        source: 'class Main { /* java reference */ }\n',
        useForTimeLimit: true,
      },
      {
        path: 'wrong_answer/overflow.py',
        language: 'python',
        expected: ['wrong_answer'],
        source: '# WRONG on purpose\n',
        useForTimeLimit: false,
      },
    ],
  });
  const plain = sampleStdioProblem({
    slug: 'no-editorial',
    name: 'No Editorial',
    tags: ['math', 'strings'],
    solution: undefined,
    hints: undefined,
  });
  const fn = sampleFunctionProblem();

  beforeAll(async () => {
    t = await startTestApp();
    await t.importProblem(stdio);
    await t.importProblem(plain);
    await t.importProblem(fn);
    admin = await t.register('admin');
  });
  afterAll(async () => {
    await t?.close();
  });

  const submit = (user: TestUser, problem = 'sum-two') =>
    call(t.url, 'POST', '/api/submissions', {
      token: user.token,
      body: { problem, language: 'python', mode: 'submit', source: 'print(0)' },
    });

  it('asks anonymous callers to sign in', async () => {
    const res = await call(t.url, 'GET', '/api/problems/sum-two/editorial');
    expect(res.status).toBe(401);
    expect((await call(t.url, 'POST', '/api/problems/sum-two/editorial/reveal')).status).toBe(401);
  });

  it('locks the editorial (200 locked, saying how to unlock, without the content) until the first submission', async () => {
    const bob = await t.register('candidate');
    const locked = await call(t.url, 'GET', '/api/problems/sum-two/editorial', { token: bob.token });
    // Locked is the tab's ordinary state, not a failed request: an answer, with nothing of the content.
    expect(locked.status).toBe(200);
    expect(locked.body).toEqual({ locked: true, slug: 'sum-two', message: expect.any(String) });
    expect(locked.body.message).toMatch(/first submission/);
    expect(locked.body.message).toContain('/api/problems/sum-two/editorial/reveal');
    expect(JSON.stringify(locked.body)).not.toContain('64-bit');
    expect(JSON.stringify(locked.body)).not.toContain('print(sum(map(int');
    const expectLocked = async (user: TestUser, slug = 'sum-two') => {
      const res = await call(t.url, 'GET', `/api/problems/${slug}/editorial`, { token: user.token });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ locked: true, slug, message: expect.any(String) });
    };

    // A run is practice, not a submission: still locked.
    await call(t.url, 'POST', '/api/submissions', {
      token: bob.token,
      body: { problem: 'sum-two', language: 'python', mode: 'run', source: 'print(0)' },
    });
    await expectLocked(bob);

    // Any submission unlocks it, whatever its verdict (this one is still queued).
    expect((await submit(bob)).status).toBe(202);
    const open = await call(t.url, 'GET', '/api/problems/sum-two/editorial', { token: bob.token });
    expect(open.status).toBe(200);
    expect(open.body).toEqual({
      locked: false,
      slug: 'sum-two',
      body: '## Intuition\nAdd the two numbers in 64-bit arithmetic: $a + b$.\n',
      solutions: [
        { language: 'python', source: 'print(sum(map(int, input().split())))\n' },
        { language: 'java', source: 'class Main { /* java reference */ }\n' },
      ],
      unlockedBy: 'submitted',
    });
    // Never hidden tests, never rejected submissions.
    expect(JSON.stringify(open.body)).not.toContain('2147483647');
    expect(JSON.stringify(open.body)).not.toContain('WRONG on purpose');
    // A submission to another problem unlocks only that one.
    await expectLocked(bob, 'two-sum');
  });

  it('unlocks after a reveal, recorded per user and idempotent', async () => {
    const [carol, dave] = await Promise.all([t.register('candidate'), t.register('interviewer')]);
    const revealed = await call(t.url, 'POST', '/api/problems/sum-two/editorial/reveal', { token: carol.token });
    expect(revealed.status).toBe(200);
    expect(revealed.body).toMatchObject({ slug: 'sum-two', unlockedBy: 'revealed' });
    expect((await call(t.url, 'POST', '/api/problems/sum-two/editorial/reveal', { token: carol.token })).status).toBe(
      200,
    );
    const again = await call(t.url, 'GET', '/api/problems/sum-two/editorial', { token: carol.token });
    expect(again.status).toBe(200);
    expect(again.body.unlockedBy).toBe('revealed');
    // Carol's reveal is hers: Dave is still locked out, and gets none of the content.
    const daves = await call(t.url, 'GET', '/api/problems/sum-two/editorial', { token: dave.token });
    expect(daves.status).toBe(200);
    expect(daves.body).toEqual({ locked: true, slug: 'sum-two', message: expect.any(String) });
    // Submitting afterwards reports the submission as the reason.
    await submit(carol);
    expect((await call(t.url, 'GET', '/api/problems/sum-two/editorial', { token: carol.token })).body.unlockedBy).toBe(
      'submitted',
    );
  });

  it('always shows admins the editorial, without recording a reveal', async () => {
    const res = await call(t.url, 'GET', '/api/problems/sum-two/editorial', { token: admin.token });
    expect(res.status).toBe(200);
    expect(res.body.unlockedBy).toBe('admin');
    expect(
      (await call(t.url, 'POST', '/api/problems/sum-two/editorial/reveal', { token: admin.token })).body.unlockedBy,
    ).toBe('admin');
  });

  it('404s a problem without an editorial, and unknown problems', async () => {
    const res = await call(t.url, 'GET', '/api/problems/no-editorial/editorial', { token: admin.token });
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('editorial_not_found');
    const unknown = await call(t.url, 'GET', '/api/problems/nope/editorial', { token: admin.token });
    expect(unknown.body.code).toBe('problem_not_found');
    expect((await call(t.url, 'GET', '/api/problems/nope/hints')).body.code).toBe('problem_not_found');
    expect((await call(t.url, 'GET', '/api/problems/nope/similar')).body.code).toBe('problem_not_found');
  });

  it('serves hints publicly, in order; none for a package without them', async () => {
    const res = await call(t.url, 'GET', '/api/problems/sum-two/hints');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ hints: ['Read both numbers.', 'Beware of overflow.'] });
    expect((await call(t.url, 'GET', '/api/problems/no-editorial/hints')).body).toEqual({ hints: [] });
  });

  it('lists similar problems by shared tags', async () => {
    const res = await call(t.url, 'GET', '/api/problems/sum-two/similar');
    expect(res.status).toBe(200);
    // two-sum (arrays, hashing) shares nothing with sum-two (math).
    expect(res.body.items).toEqual([expect.objectContaining({ slug: 'no-editorial', sharedTags: ['math'] })]);
    expect((await call(t.url, 'GET', '/api/problems/two-sum/similar')).body.items).toEqual([]);
  });

  it('updates editorial and hints in place on re-import; only judgeable changes add a version', async () => {
    const problems = t.app.get(ProblemsService);
    const edited = await problems.importProblemPackage({
      ...stdio,
      solution: 'Rewritten.\n',
      hints: ['Only one now.'],
    });
    expect(edited).toMatchObject({ version: 1, newVersion: false, created: false });
    expect((await call(t.url, 'GET', '/api/problems/sum-two/hints')).body.hints).toEqual(['Only one now.']);
    expect((await call(t.url, 'GET', '/api/problems/sum-two/editorial', { token: admin.token })).body.body).toBe(
      'Rewritten.\n',
    );
    const tests = [...stdio.tests, { name: 'secret/4', group: 'secret' as const, input: '1 1\n', answer: '2\n' }];
    const retested = await problems.importProblemPackage({
      ...stdio,
      solution: 'Rewritten.\n',
      hints: ['Only one now.'],
      tests,
    });
    expect(retested).toMatchObject({ version: 2, newVersion: true });
    expect((await call(t.url, 'GET', '/api/problems/sum-two/hints')).body.hints).toEqual(['Only one now.']);
    // Removing them from the package removes them from the catalog, still without a new version.
    const removed = await problems.importProblemPackage({ ...stdio, solution: undefined, hints: undefined, tests });
    expect(removed).toMatchObject({ version: 2, newVersion: false });
    expect((await call(t.url, 'GET', '/api/problems/sum-two/hints')).body.hints).toEqual([]);
    expect((await call(t.url, 'GET', '/api/problems/sum-two/editorial', { token: admin.token })).body.code).toBe(
      'editorial_not_found',
    );
  });
});
