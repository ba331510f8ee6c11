/**
 * An interview session with a SQL problem, end to end against the real stack (api + worker child
 * processes, Postgres, Redis, the PostgreSQL runner image): an interviewer creates a session with a
 * SQL problem and a coding problem allowing postgresql and python, the candidate redeems the link,
 * starts, sees the SQL schema and dialects, runs and submits queries through the candidate routes
 * (judged by the worker), a language the session or the problem does not allow is refused, and the
 * interviewer sees the submissions on the session and in the report with verdicts and the final code.
 */
import type {
  CandidateSessionDto,
  InterviewDetailDto,
  InterviewReportDto,
  InterviewSubmissionDto,
  SubmissionDto,
} from '@tryout/contracts';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../../test/support/http';
import { startStack, type Stack } from '../../../test/support/stack';

const SQL_FIXTURE = 'test/fixtures/problems/sql-department-totals';
const SQL_SLUG = 'sql-department-totals';
const CODE_PROBLEM = 'problems/two-sum';
const CODE_SLUG = 'two-sum';
const RIGHT = `SELECT d.name AS department, COUNT(e.id) AS employees, COALESCE(SUM(e.salary), 0) AS total_salary
FROM department d LEFT JOIN employee e ON e.department_id = d.id GROUP BY d.id, d.name ORDER BY d.name;`;
// Drops the department without employees (Legal, in the first sample): wrong on the samples already.
const WRONG = `SELECT d.name AS department, COUNT(*) AS employees, SUM(e.salary) AS total_salary
FROM department d JOIN employee e ON e.department_id = d.id GROUP BY d.name ORDER BY d.name`;
/** A verdict can take tens of seconds on a loaded machine (a PostgreSQL sandbox per test). */
const VERDICT_TIMEOUT_MS = 300_000;

describe('an interview with a SQL problem, judged by the real worker', () => {
  let stack: Stack;
  let interviewer: string;
  let sessionId: string;
  let guest: string;

  beforeAll(async () => {
    stack = await startStack({
      problems: [SQL_FIXTURE, CODE_PROBLEM],
      env: { WORKER_CONCURRENCY: '1', SUBMISSIONS_PER_MINUTE: '100' },
    });
    // An interviewer: a registered account the seeded admin promotes (roles are read per request).
    const registered = await call(stack.url, 'POST', '/api/auth/register', {
      body: {
        email: `iv-${randomBytes(6).toString('hex')}@tryout.test`,
        password: 'interviewer-password-sql',
        displayName: 'Ivy Interviewer',
      },
    });
    expect(registered.status).toBe(201);
    interviewer = registered.body.accessToken;
    const admin = await call(stack.url, 'POST', '/api/auth/login', { body: stack.admin });
    expect(admin.status).toBe(200);
    const promoted = await call(stack.url, 'PUT', `/api/admin/users/${registered.body.user.id}/role`, {
      token: admin.body.accessToken,
      body: { role: 'interviewer' },
    });
    expect(promoted.status).toBe(200);
  }, 600_000);

  afterAll(async () => {
    await stack?.stop();
  });

  const create = (body: Record<string, unknown> = {}) =>
    call(stack.url, 'POST', '/api/interviews', {
      token: interviewer,
      body: {
        title: 'Data screen',
        problems: [SQL_SLUG, CODE_SLUG],
        durationMinutes: 60,
        languages: ['postgresql', 'python'],
        candidateName: 'Casey Candidate',
        candidateEmail: 'casey@example.com',
        ...body,
      },
    });
  const submit = (body: Record<string, unknown>) =>
    call<{ id: string; code?: string }>(stack.url, 'POST', '/api/interview/session/submissions', {
      token: guest,
      body: { position: 1, language: 'postgresql', mode: 'submit', source: RIGHT, ...body },
    });
  /** Polls the candidate's own submission route until the worker has finished it. */
  async function judged(id: string): Promise<SubmissionDto> {
    const read = () =>
      call<SubmissionDto>(stack.url, 'GET', `/api/interview/session/submissions/${id}`, { token: guest });
    await expect
      .poll(async () => (await read()).body.status, { timeout: VERDICT_TIMEOUT_MS, interval: 1000 })
      .toBe('finished');
    return (await read()).body;
  }

  it('creates a session with a SQL and a coding problem; the started candidate sees the schema and dialects', async () => {
    const created = await create();
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const detail = created.body.interview as InterviewDetailDto;
    expect(detail.languages).toEqual(['postgresql', 'python']);
    expect(detail.problems.map((p) => p.slug)).toEqual([SQL_SLUG, CODE_SLUG]);
    sessionId = detail.id;

    const redeemed = await call(stack.url, 'POST', '/api/interview-invites/redeem', {
      body: { token: created.body.inviteToken },
    });
    expect(redeemed.status).toBe(200);
    expect(redeemed.body.sessionId).toBe(sessionId);
    guest = redeemed.body.accessToken;
    const started = await call<CandidateSessionDto>(stack.url, 'POST', '/api/interview/session/start', {
      token: guest,
    });
    expect(started.status).toBe(200);
    expect(started.body.status).toBe('live');

    const view = await call<CandidateSessionDto>(stack.url, 'GET', '/api/interview/session', { token: guest });
    expect(view.status).toBe(200);
    const [sql, code] = view.body.problems;
    expect(sql).toMatchObject({ position: 1, slug: SQL_SLUG, type: 'sql' });
    // The session's languages this problem accepts: the PostgreSQL dialect only.
    expect(sql.languages).toEqual(['postgresql']);
    expect(sql.sql?.dialects).toContain('postgresql');
    expect(sql.sql?.tables.map((t) => t.name)).toEqual(['department', 'employee']);
    expect(sql.sql?.tables[0].columns[0]).toEqual({ name: 'id', type: 'INTEGER', primaryKey: true });
    expect(sql.starterCode.postgresql).toContain('department(id, name)');
    expect(code).toMatchObject({ position: 2, slug: CODE_SLUG, type: 'function', languages: ['python'] });
    expect(code).not.toHaveProperty('sql');
  });

  it('refuses a language the session or the problem does not allow, with 400 language_not_allowed', async () => {
    expect(guest, 'the session of the first test').toBeDefined();
    // sqlite: a dialect of the problem, but not allowed in this session.
    const sqlite = await submit({ language: 'sqlite' });
    expect(sqlite.status).toBe(400);
    expect(sqlite.body.code).toBe('language_not_allowed');
    // python: allowed in the session, but not a language of a SQL problem.
    const python = await submit({ language: 'python', source: 'print(1)' });
    expect(python.status).toBe(400);
    expect(python.body.code).toBe('language_not_allowed');
    // Autosave follows the same rule.
    const saved = await call(stack.url, 'PUT', '/api/interview/session/problems/1/code', {
      token: guest,
      body: { language: 'sqlite', source: RIGHT },
    });
    expect(saved.status).toBe(400);
    expect(saved.body.code).toBe('language_not_allowed');
    // A session whose languages include no dialect of the SQL problem is refused at creation.
    const noDialect = await create({ languages: ['python'] });
    expect(noDialect.status).toBe(400);
    expect(noDialect.body.code).toBe('language_not_allowed');
  });

  it(
    'judges the candidate’s postgresql queries: the right one Accepted, a wrong one Wrong Answer',
    async () => {
      expect(guest, 'the session of the first test').toBeDefined();
      // In order: a run of the right query, a submit of a wrong one, the submit of the right one.
      const ids: string[] = [];
      for (const body of [
        { mode: 'run', source: RIGHT },
        { mode: 'submit', source: WRONG },
        { mode: 'submit', source: RIGHT },
      ]) {
        const res = await submit(body);
        expect(res.status, JSON.stringify(res.body)).toBe(202);
        ids.push(res.body.id);
      }
      const results: SubmissionDto[] = [];
      for (const id of ids) results.push(await judged(id));
      expect(results.map((r) => [r.language, r.mode, r.verdict])).toEqual([
        ['postgresql', 'run', 'accepted'],
        ['postgresql', 'submit', 'wrong_answer'],
        ['postgresql', 'submit', 'accepted'],
      ]);
      const mine = await call<InterviewSubmissionDto[]>(stack.url, 'GET', '/api/interview/session/submissions', {
        token: guest,
      });
      expect(mine.status).toBe(200);
      expect(mine.body.map((s) => s.id)).toEqual(ids);
    },
    3 * VERDICT_TIMEOUT_MS,
  );

  it('shows the interviewer the submissions on the session and in the report, with verdicts and the final code', async () => {
    expect(sessionId, 'the session of the first test').toBeDefined();
    const expected = [
      {
        position: 1,
        problemSlug: SQL_SLUG,
        language: 'postgresql',
        mode: 'run',
        status: 'finished',
        verdict: 'accepted',
      },
      {
        position: 1,
        problemSlug: SQL_SLUG,
        language: 'postgresql',
        mode: 'submit',
        status: 'finished',
        verdict: 'wrong_answer',
      },
      {
        position: 1,
        problemSlug: SQL_SLUG,
        language: 'postgresql',
        mode: 'submit',
        status: 'finished',
        verdict: 'accepted',
      },
    ];
    const detail = await call<InterviewDetailDto>(stack.url, 'GET', `/api/interviews/${sessionId}`, {
      token: interviewer,
    });
    expect(detail.status).toBe(200);
    expect(detail.body.submissions).toMatchObject(expected);
    expect(detail.body.submissions.every((s) => !s.automatic)).toBe(true);

    const report = await call<InterviewReportDto>(stack.url, 'GET', `/api/interviews/${sessionId}/report`, {
      token: interviewer,
    });
    expect(report.status).toBe(200);
    const [sql, code] = report.body.problems;
    expect(sql).toMatchObject({
      position: 1,
      slug: SQL_SLUG,
      runs: 1,
      submits: 2,
      finalVerdict: 'accepted',
      finalCode: { language: 'postgresql', source: RIGHT },
      submissions: expected,
    });
    expect(code).toMatchObject({ position: 2, slug: CODE_SLUG, runs: 0, submits: 0, finalCode: null, submissions: [] });
  });
});
