/**
 * Mock interviews against the real Postgres and Redis: the draw (difficulty, topic, curated list,
 * unsolved first), the owner-only session token, the server clock and the deadline's automatic
 * submission (moved through the injected Clock), the owner-only report, and what stays private.
 */
import { loadProblemPackage } from '@tryout/judge';
import { CLOCK, InterviewDeadlineService, type Clock } from '@tryout/server-interviews';
import { CuratedListsService } from '@tryout/server-problems';
import { JudgingService } from '@tryout/server-submissions';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApp, type TestApp, type TestUser } from '../../../test/support/app';
import { call } from '../../../test/support/http';
import { sampleFunctionProblem, sampleStdioProblem } from '../../../test/support/problems';

const SOLUTION = 'print(sum(map(int, input().split())))';

describe('mock interviews', () => {
  let t: TestApp;
  let alice: TestUser;
  let bob: TestUser;
  let interviewer: TestUser;
  let admin: TestUser;
  let offsetMs = 0;
  const now = () => new Date(Date.now() + offsetMs);

  beforeAll(async () => {
    t = await startTestApp({ env: { SUBMISSIONS_PER_MINUTE: '100' } });
    await t.importProblem(sampleStdioProblem()); // sum-two: easy, math
    await t.importProblem(sampleStdioProblem({ slug: 'sum-three', name: 'Sum Three' })); // easy, math
    await t.importProblem(sampleFunctionProblem()); // two-sum: medium, arrays
    await t.importProblem(
      sampleStdioProblem({ slug: 'echo-words', name: 'Echo Words', difficulty: 'medium', tags: ['strings'] }),
    );
    await t.importProblem(
      sampleStdioProblem({ slug: 'hard-sum', name: 'Hard Sum', difficulty: 'hard', tags: ['math'] }),
    );
    // A SQL problem (easy, tagged sql) is drawn only for a mock that allows one of its dialects.
    await t.importProblem(await loadProblemPackage('test/fixtures/problems/sql-department-totals'));
    await t.app.get(CuratedListsService).replaceLists([
      {
        slug: 'backend-track',
        file: 'lists/backend-track.yaml',
        title: 'Backend',
        description: '',
        problems: ['two-sum'],
      },
    ]);
    [alice, bob, interviewer, admin] = await Promise.all([
      t.register('candidate'),
      t.register('candidate'),
      t.register('interviewer'),
      t.register('admin'),
    ]);
    vi.spyOn(t.app.get<Clock>(CLOCK), 'now').mockImplementation(now);
    // Alice solved sum-two in practice: her draws prefer sum-three.
    const practice = await call(t.url, 'POST', '/api/submissions', {
      token: alice.token,
      body: { problem: 'sum-two', language: 'python', mode: 'submit', source: SOLUTION },
    });
    await t.app.get(JudgingService).finish(practice.body.id, { verdict: 'accepted', cpuMs: 1, memoryKb: 1, tests: [] });
  });
  afterAll(async () => {
    await t?.close();
  });

  const createMock = (body: Record<string, unknown> = {}, token = alice.token) =>
    call(t.url, 'POST', '/api/mocks', {
      token,
      body: { counts: { easy: 1, medium: 0, hard: 0 }, durationMinutes: 45, languages: ['python'], ...body },
    });
  const sessionToken = (id: string, token = alice.token) => call(t.url, 'POST', `/api/mocks/${id}/session`, { token });
  const db = () => t.app.get(DataSource);
  const slugs = (res: { body: { problems: { slug: string }[] } }) => res.body.problems.map((p) => p.slug);

  it('draws by difficulty, unsolved problems first', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await createMock({ counts: { easy: 1, medium: 1, hard: 1 } });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ status: 'scheduled', durationMinutes: 45, totalMinutes: 45 });
      expect(res.body.problems.map((p: { difficulty: string }) => p.difficulty)).toEqual(['easy', 'medium', 'hard']);
      expect(res.body.problems[0].slug).toBe('sum-three');
    }
    // Solved problems fill in when the unsolved run out.
    expect(slugs(await createMock({ counts: { easy: 2, medium: 0, hard: 0 } })).sort()).toEqual([
      'sum-three',
      'sum-two',
    ]);
  });

  it('draws by topic and from a curated list', async () => {
    expect(slugs(await createMock({ counts: { easy: 0, medium: 1, hard: 0 }, tags: ['strings'] }))).toEqual([
      'echo-words',
    ]);
    expect(slugs(await createMock({ counts: { easy: 0, medium: 1, hard: 0 }, list: 'backend-track' }))).toEqual([
      'two-sum',
    ]);
  });

  it('draws SQL problems for the dialects the mock allows, and only for them', async () => {
    const sql = { counts: { easy: 1, medium: 0, hard: 0 }, tags: ['sql'] };
    expect(slugs(await createMock({ ...sql, languages: ['sqlite'] }))).toEqual(['sql-department-totals']);
    expect(slugs(await createMock({ ...sql, languages: ['python', 'postgresql'] }))).toEqual(['sql-department-totals']);
    expect((await createMock({ ...sql, languages: ['python'] })).body).toMatchObject({
      code: 'no_problems_match',
      details: { short: { easy: 1 } },
    });
  });

  it('refuses impossible or bad mixes with stable codes', async () => {
    const short = await createMock({ counts: { easy: 0, medium: 1, hard: 0 }, tags: ['graphs'] });
    expect(short.status).toBe(422);
    expect(short.body).toMatchObject({ code: 'no_problems_match', details: { short: { medium: 1 } } });
    expect((await createMock({ counts: { easy: 0, medium: 0, hard: 0 } })).body.code).toBe('validation_failed');
    expect((await createMock({ counts: { easy: 4, medium: 0, hard: 0 } })).body.code).toBe('validation_failed');
    expect((await createMock({ durationMinutes: 0 })).body.code).toBe('validation_failed');
    expect((await createMock({ languages: ['cobol'] })).body.code).toBe('validation_failed');
    // Every problem accepts every language (each has a function harness), so a one-language mock draws.
    expect(
      (await createMock({ counts: { easy: 0, medium: 1, hard: 0 }, list: 'backend-track', languages: ['ruby'] }))
        .status,
    ).toBe(201);
    expect((await call(t.url, 'POST', '/api/mocks', { body: {} })).status).toBe(401);
  });

  it('runs on the server clock, submits the last code at the deadline and reports to its owner only', async () => {
    const created = await createMock({ counts: { easy: 1, medium: 0, hard: 0 }, durationMinutes: 20 });
    const id = created.body.id as string;
    // Only the owner gets a session token; the candidate routes then serve the mock.
    for (const user of [bob, interviewer, admin]) expect((await sessionToken(id, user.token)).status).toBe(404);
    const opened = await sessionToken(id);
    expect(opened.status).toBe(200);
    const scoped = opened.body.accessToken as string;
    const view = await call(t.url, 'GET', '/api/interview/session', { token: scoped });
    expect(view.body).toMatchObject({ kind: 'mock', status: 'scheduled', problemCount: 1, problems: [] });
    const started = await call(t.url, 'POST', '/api/interview/session/start', { token: scoped });
    expect(started.status).toBe(200);
    expect(started.body.problems[0].slug).toBe('sum-three');
    const deadline = new Date(started.body.deadlineAt as string);
    expect(deadline.getTime() - new Date(started.body.startedAt as string).getTime()).toBe(20 * 60_000);

    // While it runs, no second mock; and the candidate cannot move the clock.
    expect((await createMock()).body.code).toBe('session_live');
    expect(
      (
        await call(t.url, 'POST', `/api/interviews/${id}/extend`, {
          token: alice.token,
          body: { minutes: 5, reason: 'x' },
        })
      ).status,
    ).toBe(403);

    const run = await call(t.url, 'POST', '/api/interview/session/submissions', {
      token: scoped,
      body: { position: 1, language: 'python', mode: 'run', source: 'print(1)' },
    });
    expect(run.status).toBe(202);
    expect(
      (
        await call(t.url, 'PUT', '/api/interview/session/problems/1/code', {
          token: scoped,
          body: { language: 'python', source: SOLUTION },
        })
      ).status,
    ).toBe(204);

    const deadlines = t.app.get(InterviewDeadlineService);
    const job = await deadlines.job(id, deadline);
    expect(await job!.getState()).toBe('delayed');
    const base = offsetMs;
    try {
      offsetMs = base + (deadline.getTime() - Date.now()) + 1;
      await job!.promote();
      const automatic = () =>
        db().query<{ source: string }[]>(
          'SELECT source FROM submissions WHERE interview_session_id = $1 AND automatic',
          [id],
        );
      await expect.poll(async () => (await automatic()).length, { timeout: 15_000 }).toBe(1);
      expect((await automatic())[0].source).toBe(SOLUTION);
      const late = await call(t.url, 'POST', '/api/interview/session/submissions', {
        token: scoped,
        body: { position: 1, language: 'python', mode: 'run', source: 'print(1)' },
      });
      expect(late.body.code).toBe('session_over');

      const report = await call(t.url, 'GET', `/api/mocks/${id}/report`, { token: alice.token });
      expect(report.status).toBe(200);
      expect(report.body).toMatchObject({
        kind: 'mock',
        clock: { status: 'ended' },
        notes: [],
        problems: [{ slug: 'sum-three', runs: 1, submits: 1, finalCode: { language: 'python', source: SOLUTION } }],
      });
      expect((await call(t.url, 'GET', `/api/mocks/${id}/report`, { token: bob.token })).status).toBe(404);
      expect((await call(t.url, 'GET', `/api/mocks/${id}/report`, { token: interviewer.token })).status).toBe(404);
      expect((await call(t.url, 'GET', `/api/mocks/${id}/report`, { token: admin.token })).status).toBe(200);
      // The owner replays their own work: the playback's timeline, with the run and the submits.
      const timeline = await call(t.url, 'GET', `/api/mocks/${id}/problems/1/timeline`, { token: alice.token });
      expect(timeline.status).toBe(200);
      expect(timeline.body).toMatchObject({ position: 1, startedAt: expect.any(String), endedAt: expect.any(String) });
      expect(timeline.body.submissions.map((x: { mode: string }) => x.mode).sort()).toEqual(['run', 'submit']);
      expect((await call(t.url, 'GET', `/api/mocks/${id}/problems/1/timeline`, { token: bob.token })).status).toBe(404);
      expect((await call(t.url, 'GET', `/api/mocks/${id}/problems/9/timeline`, { token: alice.token })).body.code).toBe(
        'problem_not_found',
      );
      // Not an interview: interviewers' lists do not show it.
      const list = await call(t.url, 'GET', '/api/interviews', { token: admin.token });
      expect(list.body.some((s: { id: string }) => s.id === id)).toBe(false);

      // The owner's history; nobody else's.
      const mine = await call(t.url, 'GET', '/api/mocks', { token: alice.token });
      expect(mine.body.find((m: { id: string }) => m.id === id)).toMatchObject({ status: 'ended' });
      expect((await call(t.url, 'GET', '/api/mocks', { token: bob.token })).body).toEqual([]);
      // Over, so a new one may start.
      expect((await createMock()).status).toBe(201);
    } finally {
      offsetMs = base;
    }
  });

  it('finishes early on request, for its owner only; a new mock replaces an unstarted one', async () => {
    const first = (await createMock({}, bob.token)).body.id as string;
    const second = (await createMock({}, bob.token)).body.id as string;
    expect((await sessionToken(first, bob.token)).body.code).toBe('session_cancelled');
    const scoped = (await sessionToken(second, bob.token)).body.accessToken as string;
    await call(t.url, 'POST', '/api/interview/session/start', { token: scoped });
    await call(t.url, 'PUT', '/api/interview/session/problems/1/code', {
      token: scoped,
      body: { language: 'python', source: SOLUTION },
    });
    expect((await call(t.url, 'POST', `/api/mocks/${second}/end`, { token: alice.token })).status).toBe(404);
    const ended = await call(t.url, 'POST', `/api/mocks/${second}/end`, { token: bob.token });
    expect(ended.status).toBe(200);
    expect(ended.body.status).toBe('ended');
    expect((await call(t.url, 'POST', `/api/mocks/${second}/end`, { token: bob.token })).body.code).toBe(
      'session_over',
    );
  });

  it("keeps mock work out of practice history, progress and the catalog's public counters", async () => {
    const counters = async () =>
      (await db().query('SELECT submit_count, accepted_count FROM problems WHERE slug = $1', ['two-sum']))[0];
    const before = await counters();
    const id = (await createMock({ counts: { easy: 0, medium: 1, hard: 0 }, list: 'backend-track' }, bob.token)).body
      .id as string;
    const scoped = (await sessionToken(id, bob.token)).body.accessToken as string;
    await call(t.url, 'POST', '/api/interview/session/start', { token: scoped });
    const sent = await call(t.url, 'POST', '/api/interview/session/submissions', {
      token: scoped,
      body: { position: 1, language: 'python', mode: 'submit', source: 'class Solution:\n    pass\n' },
    });
    expect(sent.status).toBe(202);
    await t.app.get(JudgingService).finish(sent.body.id, { verdict: 'accepted', cpuMs: 1, memoryKb: 1, tests: [] });
    expect(await counters()).toEqual(before);
    const history = await call(t.url, 'GET', '/api/submissions', { token: bob.token });
    expect(history.body.items.map((s: { id: string }) => s.id)).not.toContain(sent.body.id);
    const progress = await call(t.url, 'GET', '/api/me/progress', { token: bob.token });
    expect(progress.body).toMatchObject({ solved: 0 });
    const mocks = await call(t.url, 'GET', '/api/mocks', { token: bob.token });
    expect(mocks.body[0]).toMatchObject({ id, problems: [{ slug: 'two-sum', finalVerdict: 'accepted' }] });
  });
});
