/**
 * Interview sessions against the real Postgres and Redis: visibility, the invite link and its
 * guest identity, the server-authoritative clock (moved through the injected Clock), extensions,
 * the deadline's automatic submission, priority, notes, reports and share links.
 */
import { JobPriority } from '@tryout/contracts';
import { CLOCK, GUEST_RETENTION_MS, InterviewDeadlineService, type Clock } from '@tryout/server-interviews';
import { JudgeQueueService } from '@tryout/server-queue';
import { JudgingService } from '@tryout/server-submissions';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApp, type TestApp, type TestUser } from '../../../test/support/app';
import { call } from '../../../test/support/http';
import { sampleFunctionProblem, sampleStdioProblem } from '../../../test/support/problems';
import { openSse } from '../../../test/support/sse';

describe('interviews', () => {
  let t: TestApp;
  let owner: TestUser;
  let co: TestUser;
  let stranger: TestUser;
  let admin: TestUser;
  let candidate: TestUser;
  let offsetMs = 0;
  const now = () => new Date(Date.now() + offsetMs);

  beforeAll(async () => {
    t = await startTestApp({ env: { LOGIN_ATTEMPTS_PER_MINUTE: '100', SUBMISSIONS_PER_MINUTE: '100' } });
    await t.importProblem(sampleStdioProblem());
    await t.importProblem(sampleFunctionProblem());
    [owner, co, stranger, admin, candidate] = await Promise.all([
      t.register('interviewer'),
      t.register('interviewer'),
      t.register('interviewer'),
      t.register('admin'),
      t.register('candidate'),
    ]);
    // Every time decision of the interviews domain reads this clock: the tests move it.
    vi.spyOn(t.app.get<Clock>(CLOCK), 'now').mockImplementation(now);
  });
  afterAll(async () => {
    await t?.close();
  });

  const create = (body: Record<string, unknown> = {}, token = owner.token) =>
    call(t.url, 'POST', '/api/interviews', {
      token,
      body: {
        title: 'Backend screen',
        problems: ['sum-two', 'two-sum'],
        durationMinutes: 30,
        languages: ['python', 'java'],
        candidateName: 'Casey Candidate',
        candidateEmail: 'casey@example.com',
        coInterviewers: [co.email],
        ...body,
      },
    });
  const redeem = (token: string, bearer?: string) =>
    call(t.url, 'POST', '/api/interview-invites/redeem', { token: bearer, body: { token } });
  const session = (guest: string) => call(t.url, 'GET', '/api/interview/session', { token: guest });
  const start = (guest: string) => call(t.url, 'POST', '/api/interview/session/start', { token: guest });
  const submit = (guest: string, body: Record<string, unknown> = {}) =>
    call(t.url, 'POST', '/api/interview/session/submissions', {
      token: guest,
      body: { position: 1, language: 'python', mode: 'run', source: 'print(3)', ...body },
    });
  const save = (guest: string, position: number, source: string, language = 'python') =>
    call(t.url, 'PUT', `/api/interview/session/problems/${position}/code`, {
      token: guest,
      body: { language, source },
    });
  const db = () => t.app.get(DataSource);
  const automatic = (sessionId: string) =>
    db().query<{ id: string; problem_id: string; source: string; mode: string }[]>(
      'SELECT id, problem_id, source, mode FROM submissions WHERE interview_session_id = $1 AND automatic ORDER BY created_at',
      [sessionId],
    );

  /** A created, redeemed and started session: its id, the guest token and the stored deadline. */
  async function liveSession(body: Record<string, unknown> = {}) {
    const created = await create(body);
    expect(created.status).toBe(201);
    const guest = (await redeem(created.body.inviteToken)).body.accessToken as string;
    const started = await start(guest);
    expect(started.status).toBe(200);
    return { id: created.body.interview.id as string, guest, deadline: new Date(started.body.deadlineAt as string) };
  }

  it('creates a session for interviewers and shows it to its owner, co-interviewers and admins only', async () => {
    const res = await create();
    expect(res.status).toBe(201);
    expect(res.body.inviteToken).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 bits
    const id = res.body.interview.id;
    expect(res.body.interview).toMatchObject({
      status: 'scheduled',
      title: 'Backend screen',
      problems: [
        { position: 1, slug: 'sum-two' },
        { position: 2, slug: 'two-sum' },
      ],
      coInterviewers: [co.email],
      invite: { active: true },
    });
    // Only the hash is stored.
    const [row] = await db().query('SELECT invite_token_hash FROM interview_sessions WHERE id = $1', [id]);
    expect(row.invite_token_hash).not.toContain(res.body.inviteToken);
    for (const [user, status] of [
      [owner, 200],
      [co, 200],
      [admin, 200],
      [stranger, 404],
    ] as const) {
      expect((await call(t.url, 'GET', `/api/interviews/${id}`, { token: user.token })).status).toBe(status);
      const list = await call(t.url, 'GET', '/api/interviews', { token: user.token });
      expect(list.body.some((s: { id: string }) => s.id === id)).toBe(status === 200);
    }
    expect((await create({}, candidate.token)).status).toBe(403);
  });

  it('rejects bad sessions with stable codes', async () => {
    expect((await create({ problems: [] })).body.code).toBe('validation_failed');
    expect((await create({ problems: ['a', 'b', 'c', 'd', 'e', 'f'] })).body.code).toBe('validation_failed');
    expect((await create({ problems: ['nope'] })).body.code).toBe('problem_not_found');
    // Every language has a function harness now, so any chosen language fits any problem.
    expect((await create({ languages: ['ruby'], problems: ['two-sum'] })).status).toBe(201);
    expect((await create({ coInterviewers: [candidate.email] })).body.code).toBe('validation_failed');
    expect((await create({ durationMinutes: 0 })).body.code).toBe('validation_failed');
  });

  it('lets a guest in through the link, only into its own session', async () => {
    const created = await create();
    const res = await redeem(created.body.inviteToken);
    expect(res.status).toBe(200);
    const guest = res.body.accessToken;
    expect(res.body.sessionId).toBe(created.body.interview.id);
    const view = await session(guest);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ status: 'scheduled', problemCount: 2, problems: [], durationMinutes: 30 });
    // Nothing outside the session: not the practice API, not the interviewer's.
    for (const [method, path] of [
      ['GET', '/api/me'],
      ['GET', '/api/submissions'],
      ['GET', `/api/interviews/${created.body.interview.id}`],
      ['GET', '/api/interviews'],
    ])
      expect((await call(t.url, method, path, { token: guest })).status, path).toBe(403);
    // An ordinary account token is not a session token.
    expect((await session(candidate.token)).status).toBe(403);
    expect((await redeem('not-a-token')).body.code).toBe('invite_invalid');
  });

  it('binds the session to a signed-in candidate, and then opens it for that account only', async () => {
    const created = await create();
    const mine = await redeem(created.body.inviteToken, candidate.token);
    expect(mine.status).toBe(200);
    expect((await redeem(created.body.inviteToken)).body.code).toBe('invite_bound');
    expect((await session(mine.body.accessToken)).status).toBe(200);
  });

  it('opens at the window start on the server clock: the link works before it, Start only from it', async () => {
    const opensAt = new Date(now().getTime() + 2 * 3600_000);
    const created = await create({ windowStart: opensAt.toISOString() });
    expect(created.status).toBe(201);
    const guest = (await redeem(created.body.inviteToken)).body.accessToken;
    const ready = await session(guest);
    expect(ready.body).toMatchObject({ status: 'scheduled', windowStart: opensAt.toISOString(), problems: [] });
    const early = await start(guest);
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('session_not_started');
    expect(early.body.message).toContain(opensAt.toISOString());
    const base = offsetMs;
    try {
      offsetMs = base + (opensAt.getTime() - now().getTime()) + 1000;
      const started = await start(guest);
      expect(started.status).toBe(200);
      expect(started.body.status).toBe('live');
    } finally {
      offsetMs = base;
    }
  });

  it('a fixed start runs the clock by itself at its time; Start cannot come earlier', async () => {
    const startsAt = new Date(now().getTime() + 3 * 3600_000);
    expect((await create({ startAt: new Date(now().getTime() - 60_000).toISOString() })).body.code).toBe(
      'validation_failed',
    );
    expect(
      (await create({ startAt: startsAt.toISOString(), windowStart: new Date(startsAt.getTime() + 1).toISOString() }))
        .body.code,
    ).toBe('validation_failed');
    const created = await create({ startAt: startsAt.toISOString() });
    expect(created.status).toBe(201);
    expect(created.body.interview).toMatchObject({ status: 'scheduled', startedAt: startsAt.toISOString() });
    const guest = (await redeem(created.body.inviteToken)).body.accessToken;
    expect((await session(guest)).body).toMatchObject({ status: 'scheduled', problems: [] });
    const early = await start(guest);
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('session_not_started');
    expect((await submit(guest)).body.code).toBe('session_not_started');
    // Lengthened before the start: the stored deadline follows.
    const extended = await call(t.url, 'POST', `/api/interviews/${created.body.interview.id}/extend`, {
      token: owner.token,
      body: { minutes: 15, reason: 'longer slot' },
    });
    expect(extended.body).toMatchObject({ status: 'scheduled', totalMinutes: 45 });
    const base = offsetMs;
    try {
      offsetMs = base + (startsAt.getTime() - now().getTime()) + 1000;
      const live = await session(guest);
      expect(live.body.status).toBe('live');
      expect(live.body.problems.map((p: { slug: string }) => p.slug)).toEqual(['sum-two', 'two-sum']);
      expect(new Date(live.body.deadlineAt).getTime() - startsAt.getTime()).toBe(45 * 60_000);
      expect((await submit(guest)).status).toBe(202);
      const job = await t.app
        .get(InterviewDeadlineService)
        .job(created.body.interview.id, new Date(live.body.deadlineAt));
      expect(job).toBeDefined();
    } finally {
      offsetMs = base;
    }
  });

  it('refuses runs before Start and after the deadline; allows them in between', async () => {
    const created = await create();
    const guest = (await redeem(created.body.inviteToken)).body.accessToken;
    const early = await submit(guest);
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('session_not_started');

    const started = await start(guest);
    expect(started.body.status).toBe('live');
    expect(started.body.problems.map((p: { slug: string }) => p.slug)).toEqual(['sum-two', 'two-sum']);
    expect(started.body.problems[0].statement).toContain('sum');
    expect(started.body).not.toHaveProperty('editorial');
    const deadline = new Date(started.body.deadlineAt).getTime();
    expect(deadline - new Date(started.body.startedAt).getTime()).toBe(30 * 60_000);
    // Start again: harmless, the deadline stays.
    expect((await start(guest)).body.deadlineAt).toBe(started.body.deadlineAt);

    const base = offsetMs;
    try {
      offsetMs = base + (deadline - Date.now()) - 1000; // one second before
      const before = await submit(guest, { mode: 'submit' });
      expect(before.status).toBe(202);
      // Interview work outranks practice in the judge queue.
      const job = await t.app.get(JudgeQueueService).queue.getJob(before.body.id);
      expect(job?.opts.priority).toBe(JobPriority.Interview);
      expect(JobPriority.Interview).toBeLessThan(Math.min(JobPriority.Run, JobPriority.Submit));

      offsetMs = base + (deadline - Date.now()); // exactly at the deadline
      const at = await submit(guest);
      expect(at.status).toBe(409);
      expect(at.body.code).toBe('session_over');

      offsetMs = base + (deadline - Date.now()) + 60_000;
      expect((await submit(guest)).body.code).toBe('session_over');
      expect((await save(guest, 1, 'print(4)')).body.code).toBe('session_over');
      expect((await session(guest)).body.status).toBe('ended');
    } finally {
      offsetMs = base;
    }
  });

  it('extends (and shortens) the deadline, recorded with who and why; candidates cannot', async () => {
    const { id, guest, deadline } = await liveSession();
    const ext = await call(t.url, 'POST', `/api/interviews/${id}/extend`, {
      token: co.token,
      body: { minutes: 10, reason: 'network trouble' },
    });
    expect(ext.status).toBe(200);
    expect(new Date(ext.body.deadlineAt).getTime()).toBe(deadline.getTime() + 10 * 60_000);
    expect(ext.body.totalMinutes).toBe(40);
    expect(ext.body.extensions).toEqual([
      expect.objectContaining({ minutes: 10, reason: 'network trouble', by: 'interviewer' }),
    ]);
    // The old deadline no longer ends the session.
    const base = offsetMs;
    try {
      offsetMs = base + (deadline.getTime() - Date.now()) + 1000;
      expect((await submit(guest)).status).toBe(202);
    } finally {
      offsetMs = base;
    }
    const shorter = await call(t.url, 'POST', `/api/interviews/${id}/extend`, {
      token: owner.token,
      body: { minutes: -5, reason: 'agreed' },
    });
    expect(new Date(shorter.body.deadlineAt).getTime()).toBe(deadline.getTime() + 5 * 60_000);
    for (const token of [guest, candidate.token]) {
      const res = await call(t.url, 'POST', `/api/interviews/${id}/extend`, {
        token,
        body: { minutes: 60, reason: 'more please' },
      });
      expect(res.status).toBe(403);
    }
    expect(
      (
        await call(t.url, 'POST', `/api/interviews/${id}/extend`, {
          token: owner.token,
          body: { minutes: 0, reason: 'x' },
        })
      ).body.code,
    ).toBe('validation_failed');
  });

  it('submits the last code of each problem at the deadline, once, from the delayed job', async () => {
    const { id, guest, deadline } = await liveSession();
    expect((await save(guest, 1, 'print(1)')).status).toBe(204);
    expect((await save(guest, 1, 'print(sum(map(int, input().split())))')).status).toBe(204);
    expect((await save(guest, 2, 'class Solution:\n    pass\n')).status).toBe(204);
    const deadlines = t.app.get(InterviewDeadlineService);
    const job = await deadlines.job(id, deadline);
    expect(job).toBeDefined();
    expect(await job!.getState()).toBe('delayed');

    const base = offsetMs;
    try {
      offsetMs = base + (deadline.getTime() - Date.now()) + 1;
      await job!.promote();
      await expect.poll(async () => (await automatic(id)).length, { timeout: 15_000 }).toBe(2);
      // The submissions are created on their own connections, so they can be visible a moment
      // before the finalising transaction (ended_at) commits: wait for that too.
      await expect
        .poll(
          async () => (await db().query('SELECT ended_at FROM interview_sessions WHERE id = $1', [id]))[0].ended_at,
          {
            timeout: 15_000,
          },
        )
        .not.toBeNull();
      const auto = await automatic(id);
      expect(auto.map((a) => a.source)).toEqual([
        'print(sum(map(int, input().split())))',
        'class Solution:\n    pass\n',
      ]);
      expect(auto.every((a) => a.mode === 'submit')).toBe(true);
      const jobs = await Promise.all(auto.map((a) => t.app.get(JudgeQueueService).queue.getJob(a.id)));
      expect(jobs.map((j) => j?.opts.priority)).toEqual([JobPriority.Interview, JobPriority.Interview]);
      const [row] = await db().query('SELECT ended_at, deadline_at, end_reason FROM interview_sessions WHERE id = $1', [
        id,
      ]);
      expect(row.ended_at.getTime()).toBe(row.deadline_at.getTime());
      expect(row.end_reason).toBe('deadline');
      // Idempotent: finalising again (another job, a lazy read) submits nothing more.
      await deadlines.finalize(id, 'deadline');
      await call(t.url, 'GET', `/api/interviews/${id}`, { token: owner.token });
      expect(await automatic(id)).toHaveLength(2);
      const detail = await call(t.url, 'GET', `/api/interviews/${id}`, { token: owner.token });
      expect(detail.body.status).toBe('ended');
      expect(detail.body.submissions.filter((s: { automatic: boolean }) => s.automatic)).toHaveLength(2);
    } finally {
      offsetMs = base;
    }
  });

  it('ends early on request: the last code is submitted and the candidate is stopped', async () => {
    const { id, guest } = await liveSession();
    await save(guest, 2, 'class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]\n');
    const ended = await call(t.url, 'POST', `/api/interviews/${id}/end`, { token: owner.token });
    expect(ended.status).toBe(200);
    expect(ended.body.status).toBe('ended');
    expect(await automatic(id)).toHaveLength(1);
    expect((await submit(guest)).body.code).toBe('session_over');
    expect((await call(t.url, 'POST', `/api/interviews/${id}/end`, { token: owner.token })).body.code).toBe(
      'session_over',
    );
  });

  it('streams the clock from the server, and pushes an extension at once', async () => {
    const { id, guest } = await liveSession();
    const stream = await openSse(`${t.url}/api/interview/session/clock`, guest);
    expect(stream.status).toBe(200);
    const first = await stream.next();
    expect(first?.event).toBe('clock');
    expect(first?.data).toMatchObject({
      status: 'live',
      serverTime: expect.any(String),
      deadlineAt: expect.any(String),
    });
    await call(t.url, 'POST', `/api/interviews/${id}/extend`, {
      token: owner.token,
      body: { minutes: 3, reason: 'r' },
    });
    const next = await stream.next();
    expect(new Date(next!.data.deadlineAt).getTime()).toBe(new Date(first!.data.deadlineAt).getTime() + 3 * 60_000);
    await call(t.url, 'POST', `/api/interviews/${id}/end`, { token: owner.token });
    const rest = await stream.collect();
    expect(rest.at(-1)?.data.status).toBe('ended');
    stream.close();
  });

  it('revoking the link ends access at once; a new link works', async () => {
    const created = await create();
    const id = created.body.interview.id;
    const guest = (await redeem(created.body.inviteToken)).body.accessToken;
    await start(guest);
    expect(
      (await call(t.url, 'DELETE', `/api/interviews/${id}/invite`, { token: owner.token })).body.invite.active,
    ).toBe(false);
    const after = await session(guest);
    expect(after.status).toBe(403);
    expect(after.body.code).toBe('invite_revoked');
    expect((await submit(guest)).body.code).toBe('invite_revoked');
    expect((await redeem(created.body.inviteToken)).body.code).toBe('invite_invalid');
    const fresh = await call(t.url, 'POST', `/api/interviews/${id}/invite`, { token: owner.token });
    expect(fresh.status).toBe(201);
    const again = await redeem(fresh.body.inviteToken);
    expect(again.status).toBe(200);
    expect((await session(again.body.accessToken)).body.status).toBe('live');
  });

  it('custom cases in a session get no reference answers (no answer oracle in an interview); in practice they do', async () => {
    const { guest } = await liveSession();
    const inSession = await submit(guest, { customInput: '1 2\n' });
    expect(inSession.status).toBe(202);
    const judging = t.app.get(JudgingService);
    const task = await judging.load(inSession.body.id as string);
    expect(task.customInput).toBe(true);
    expect(task.reference).toBeUndefined();
    const practice = await call(t.url, 'POST', '/api/submissions', {
      token: candidate.token,
      body: { problem: 'sum-two', language: 'python', mode: 'run', source: 'print(3)', customInputs: ['1 2\n'] },
    });
    expect(practice.status).toBe(202);
    expect((await judging.load(practice.body.id as string)).reference).toEqual({
      language: 'python',
      source: 'print(sum(map(int, input().split())))\n',
    });
  });

  it('the report counts passed tests and charges the time per problem from the live-edit log', async () => {
    const { id, guest } = await liveSession();
    const [row] = await db().query<{ started_at: Date; candidate_user_id: string }[]>(
      'SELECT started_at, candidate_user_id FROM interview_sessions WHERE id = $1',
      [id],
    );
    const at = (ms: number) => new Date(row.started_at.getTime() + ms);
    // The candidate's keystrokes as the live editor logs them (a seed and an interviewer edit do not count).
    const edit = (position: number, ms: number, author: string | null = row.candidate_user_id) =>
      db().query(
        `INSERT INTO interview_live_updates (session_id, position, update, author_id, created_at) VALUES ($1, $2, $3, $4, $5)`,
        [id, position, Buffer.from([0, 0]), author, at(ms)], // an empty Yjs update: only its time matters here
      );
    await edit(1, 1_000, null);
    await edit(1, 4_400);
    await edit(1, 9_700);
    await edit(2, 61_300);
    await edit(2, 90_000, owner.userId);
    await edit(1, 120_600);
    // A Wrong Answer submit that ran both tests and passed one.
    const sent = await submit(guest, { mode: 'submit', source: 'print(0)' });
    expect(sent.status).toBe(202);
    await db().query(
      `UPDATE submissions SET status = 'finished', verdict = 'wrong_answer', tests_done = 2, tests_total = 2, created_at = $2
        WHERE id = $1`,
      [sent.body.id, at(150_200)],
    );
    for (const [index, verdict] of [
      [0, 'accepted'],
      [1, 'wrong_answer'],
    ] as const)
      await db().query(
        `INSERT INTO submission_test_results (submission_id, index, name, hidden, verdict, cpu_ms, wall_ms, memory_kb)
         VALUES ($1, $2, $3, false, $4, 1, 1, 1)`,
        [sent.body.id, index, `t${index}`, verdict],
      );
    const base = offsetMs;
    try {
      offsetMs = base + (at(214_000).getTime() - Date.now());
      expect((await call(t.url, 'POST', `/api/interviews/${id}/end`, { token: owner.token })).status).toBe(200);
      const report = await call(t.url, 'GET', `/api/interviews/${id}/report`, { token: owner.token });
      expect(report.status).toBe(200);
      const [one, two] = report.body.problems as { timeSpentSeconds: number; submissions: Record<string, unknown>[] }[];
      expect(one.submissions.find((x) => x.id === sent.body.id)).toMatchObject({
        verdict: 'wrong_answer',
        testsDone: 2,
        testsTotal: 2,
        testsPassed: 1,
      });
      // Whole seconds from Start: activity at 4, 10 (1), 61 (2), 121 (1), the submit at 150 (1), the end at 214.
      expect(one.timeSpentSeconds).toBe(6 + 60 + 29 + 64);
      expect(two.timeSpentSeconds).toBe(51);
      expect(report.body).toMatchObject({
        candidateEmail: 'casey@example.com',
        plannedMinutes: 30,
        actualSeconds: 214,
        idleBeforeFirstActivitySeconds: 4,
      });
      expect(one.timeSpentSeconds + two.timeSpentSeconds).toBe(
        report.body.actualSeconds - report.body.idleBeforeFirstActivitySeconds,
      );
      expect(report.body.finishedAt).toBe(report.body.clock.endedAt);
      // The candidate's own list never carries the pass count of a submit (hidden tests).
      const mine = await call(t.url, 'GET', '/api/interview/session/submissions', { token: guest });
      expect(mine.body.every((x: Record<string, unknown>) => x.testsPassed === undefined)).toBe(true);
    } finally {
      offsetMs = base;
    }
  });

  it('a time change needs a reason', async () => {
    const { id } = await liveSession();
    const blank = await call(t.url, 'POST', `/api/interviews/${id}/extend`, {
      token: owner.token,
      body: { minutes: 5, reason: '   ' },
    });
    expect(blank.status).toBe(400);
    expect(blank.body.code).toBe('validation_failed');
  });

  it('a new invite link is refused once the session is over (the page disables it)', async () => {
    const { id } = await liveSession();
    await call(t.url, 'POST', `/api/interviews/${id}/end`, { token: owner.token });
    const fresh = await call(t.url, 'POST', `/api/interviews/${id}/invite`, { token: owner.token });
    expect(fresh.status).toBe(409);
    expect(fresh.body.code).toBe('session_over');
  });

  it('keeps notes private per interviewer and shows them all in the report and the share link', async () => {
    const { id, guest } = await liveSession();
    await submit(guest, { mode: 'run' });
    await submit(guest, { mode: 'submit', source: 'print(sum(map(int, input().split())))' });
    await call(t.url, 'POST', `/api/interviews/${id}/notes`, {
      token: owner.token,
      body: { body: '**Strong** start' },
    });
    expect((await call(t.url, 'GET', `/api/interviews/${id}/notes`, { token: co.token })).body.notes).toEqual([]);
    expect((await call(t.url, 'GET', `/api/interviews/${id}/notes`, { token: owner.token })).body.notes).toEqual([
      expect.objectContaining({ body: '**Strong** start' }),
    ]);
    expect((await call(t.url, 'GET', `/api/interviews/${id}/notes`, { token: guest })).status).toBe(403);
    expect((await call(t.url, 'GET', `/api/interviews/${id}/notes`, { token: stranger.token })).status).toBe(404);
    await call(t.url, 'POST', `/api/interviews/${id}/end`, { token: owner.token });

    const report = await call(t.url, 'GET', `/api/interviews/${id}/report`, { token: co.token });
    expect(report.status).toBe(200);
    expect(report.body.problems[0]).toMatchObject({
      slug: 'sum-two',
      runs: 1,
      submits: 2, // the candidate's and the automatic final one
      finalCode: { language: 'python', source: 'print(sum(map(int, input().split())))' },
    });
    expect(report.body.notes).toEqual([expect.objectContaining({ body: '**Strong** start' })]);

    const share = await call(t.url, 'POST', `/api/interviews/${id}/share`, { token: owner.token, body: { days: 2 } });
    expect(share.status).toBe(201);
    const shared = await call(t.url, 'GET', `/api/interview-reports/${share.body.shareToken}`);
    expect(shared.status).toBe(200);
    expect(shared.body.problems[0].finalCode.source).toBe('print(sum(map(int, input().split())))');
    // The hiring team's playback: the same timeline the interviewers see, through the link only.
    const timeline = `/api/interview-reports/${share.body.shareToken}/problems/1/timeline`;
    const sharedTimeline = await call(t.url, 'GET', timeline);
    expect(sharedTimeline.status).toBe(200);
    expect(sharedTimeline.body).toEqual(
      (await call(t.url, 'GET', `/api/interviews/${id}/problems/1/timeline`, { token: owner.token })).body,
    );
    expect(sharedTimeline.body.submissions.length).toBeGreaterThan(0);
    expect((await call(t.url, 'GET', '/api/interview-reports/guessed-token')).status).toBe(404);
    expect((await call(t.url, 'GET', '/api/interview-reports/guessed-token/problems/1/timeline')).status).toBe(404);
    await call(t.url, 'DELETE', `/api/interviews/${id}/share`, { token: owner.token });
    expect((await call(t.url, 'GET', `/api/interview-reports/${share.body.shareToken}`)).body.code).toBe(
      'share_link_invalid',
    );
    expect((await call(t.url, 'GET', timeline)).body.code).toBe('share_link_invalid');
  });

  it("keeps a signed-in candidate's interview work out of their practice history and progress", async () => {
    const created = await create({ problems: ['sum-two'] });
    const scoped = (await redeem(created.body.inviteToken, candidate.token)).body.accessToken;
    await start(scoped);
    const sent = await submit(scoped, { mode: 'submit', source: 'print(sum(map(int, input().split())))' });
    expect(sent.status).toBe(202);
    await t.app.get(JudgingService).finish(sent.body.id, { verdict: 'accepted', cpuMs: 1, memoryKb: 1, tests: [] });
    const history = await call(t.url, 'GET', '/api/submissions', { token: candidate.token });
    expect(history.body.items.map((s: { id: string }) => s.id)).not.toContain(sent.body.id);
    const progress = await call(t.url, 'GET', '/api/me/progress', { token: candidate.token });
    expect(progress.body).toMatchObject({ solved: 0, attempted: 0, problems: [] });
    const catalog = await call(t.url, 'GET', '/api/problems', { token: candidate.token });
    expect(catalog.body.items.find((p: { slug: string }) => p.slug === 'sum-two')).toMatchObject({
      solved: false,
      attempted: false,
    });
    // Nor do the public acceptance counters count it.
    const [counters] = await db().query('SELECT submit_count, accepted_count FROM problems WHERE slug = $1', [
      'sum-two',
    ]);
    expect(counters).toEqual({ submit_count: 0, accepted_count: 0 });
  });

  it('a guest identity reaches nothing else, and expires after its session ended', async () => {
    const { id, guest } = await liveSession();
    const created = await db().query(
      'SELECT u.email, u.id FROM users u JOIN interview_sessions s ON s.candidate_user_id = u.id WHERE s.id = $1',
      [id],
    );
    // No password ever verifies: the guest cannot sign in anywhere.
    for (const password of ['!interview-guest', 'long-enough-password'])
      expect(
        (await call(t.url, 'POST', '/api/auth/login', { body: { email: created[0].email, password } })).status,
      ).toBe(401);
    expect((await call(t.url, 'POST', `/api/interviews/${id}/end`, { token: owner.token })).status).toBe(200);
    const deadlines = t.app.get(InterviewDeadlineService);
    // Within the retention the candidate still sees the end screen.
    expect(await deadlines.expireGuests()).toBe(0);
    expect((await session(guest)).status).toBe(200);
    const base = offsetMs;
    try {
      offsetMs = base + GUEST_RETENTION_MS + 1000;
      expect(await deadlines.expireGuests()).toBeGreaterThanOrEqual(1);
      const [row] = await db().query('SELECT disabled_at FROM users WHERE id = $1', [created[0].id]);
      expect(row.disabled_at).not.toBeNull();
      // Its session token is refused like any disabled account's.
      expect((await session(guest)).status).toBe(401);
      // The report keeps the guest's work.
      expect((await call(t.url, 'GET', `/api/interviews/${id}/report`, { token: owner.token })).status).toBe(200);
      expect(await deadlines.expireGuests()).toBe(0);
    } finally {
      offsetMs = base;
    }
  });

  it("an ended session's link stops redeeming after the retention", async () => {
    const created = await create();
    const guest = (await redeem(created.body.inviteToken)).body.accessToken;
    await start(guest);
    await call(t.url, 'POST', `/api/interviews/${created.body.interview.id}/end`, { token: owner.token });
    expect((await redeem(created.body.inviteToken)).status).toBe(200);
    const base = offsetMs;
    try {
      offsetMs = base + GUEST_RETENTION_MS + 1000;
      expect((await redeem(created.body.inviteToken)).body.code).toBe('invite_invalid');
    } finally {
      offsetMs = base;
    }
  });

  it('a cancelled session cannot be started and submits nothing', async () => {
    const created = await create();
    const id = created.body.interview.id;
    const guest = (await redeem(created.body.inviteToken)).body.accessToken;
    expect((await call(t.url, 'POST', `/api/interviews/${id}/cancel`, { token: owner.token })).body.status).toBe(
      'cancelled',
    );
    expect((await start(guest)).body.code).toBe('session_cancelled');
    expect(await automatic(id)).toHaveLength(0);
  });
});
