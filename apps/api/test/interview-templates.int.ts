/**
 * Interview templates against the real Postgres: interviewers manage their own, admins all;
 * validation shares the session's rules; a session created from a template carries its problems,
 * duration and languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestUser } from '../../../test/support/app';
import { call } from '../../../test/support/http';
import { sampleFunctionProblem, sampleStdioProblem } from '../../../test/support/problems';

describe('interview templates', () => {
  let t: TestApp;
  let owner: TestUser;
  let other: TestUser;
  let admin: TestUser;
  let candidate: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    await t.importProblem(sampleStdioProblem());
    await t.importProblem(sampleFunctionProblem());
    [owner, other, admin, candidate] = await Promise.all([
      t.register('interviewer'),
      t.register('interviewer'),
      t.register('admin'),
      t.register('candidate'),
    ]);
  });
  afterAll(async () => {
    await t?.close();
  });

  const save = (body: Record<string, unknown> = {}, token = owner.token, method = 'POST', id = '') =>
    call(t.url, method, `/api/interview-templates${id ? `/${id}` : ''}`, {
      token,
      body: {
        name: 'Backend screen',
        problems: ['two-sum', 'sum-two'],
        durationMinutes: 45,
        languages: ['python', 'java'],
        ...body,
      },
    });

  it('creates, reads, updates and deletes; the owner and admins only', async () => {
    const created = await save();
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect(created.body).toMatchObject({
      name: 'Backend screen',
      durationMinutes: 45,
      languages: ['python', 'java'],
      problems: [
        { position: 1, slug: 'two-sum', difficulty: 'medium' },
        { position: 2, slug: 'sum-two', difficulty: 'easy' },
      ],
    });
    for (const [user, status] of [
      [owner, 200],
      [admin, 200],
      [other, 404],
    ] as const) {
      expect((await call(t.url, 'GET', `/api/interview-templates/${id}`, { token: user.token })).status).toBe(status);
      const list = await call(t.url, 'GET', '/api/interview-templates', { token: user.token });
      expect(list.body.some((x: { id: string }) => x.id === id)).toBe(status === 200);
    }
    expect((await call(t.url, 'GET', '/api/interview-templates', { token: candidate.token })).status).toBe(403);
    expect((await save({}, candidate.token)).status).toBe(403);
    expect((await save({ name: 'Hijack' }, other.token, 'PUT', id)).status).toBe(404);

    const updated = await save(
      { name: 'Screen v2', problems: ['sum-two'], durationMinutes: 30 },
      owner.token,
      'PUT',
      id,
    );
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ name: 'Screen v2', durationMinutes: 30, problems: [{ slug: 'sum-two' }] });
    // Admins manage everyone's.
    expect((await save({ name: 'By admin' }, admin.token, 'PUT', id)).body.name).toBe('By admin');

    expect((await call(t.url, 'DELETE', `/api/interview-templates/${id}`, { token: other.token })).status).toBe(404);
    expect((await call(t.url, 'DELETE', `/api/interview-templates/${id}`, { token: owner.token })).status).toBe(204);
    expect((await call(t.url, 'GET', `/api/interview-templates/${id}`, { token: owner.token })).body.code).toBe(
      'interview_template_not_found',
    );
    expect((await call(t.url, 'GET', '/api/interview-templates/not-a-uuid', { token: owner.token })).status).toBe(404);
  });

  it("validates like a session's problems, duration and languages", async () => {
    expect((await save({ name: '' })).body.code).toBe('validation_failed');
    expect((await save({ problems: [] })).body.code).toBe('validation_failed');
    expect((await save({ problems: ['sum-two', 'sum-two'] })).body.code).toBe('validation_failed');
    expect((await save({ problems: ['nope'] })).body.code).toBe('problem_not_found');
    // Every language offers function problems, so a one-language template fits any problem.
    expect((await save({ problems: ['two-sum'], languages: ['ruby'] })).status).toBe(201);
    expect((await save({ languages: ['cobol'] })).body.code).toBe('validation_failed');
    expect((await save({ durationMinutes: 241 })).body.code).toBe('validation_failed');
    expect((await save({ extra: 1 })).body.code).toBe('validation_failed');
  });

  it('creates a session from a template', async () => {
    const template = (await save()).body;
    const res = await call(t.url, 'POST', `/api/interview-templates/${template.id}/interviews`, {
      token: owner.token,
      body: { candidateName: 'Casey', candidateEmail: 'casey@example.com' },
    });
    expect(res.status).toBe(201);
    expect(res.body.inviteToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(res.body.interview).toMatchObject({
      title: 'Backend screen',
      kind: 'interview',
      durationMinutes: 45,
      languages: ['python', 'java'],
      candidateName: 'Casey',
      problems: [{ slug: 'two-sum' }, { slug: 'sum-two' }],
    });
    const titled = await call(t.url, 'POST', `/api/interview-templates/${template.id}/interviews`, {
      token: owner.token,
      body: { title: 'Casey, round 2', candidateName: 'Casey', candidateEmail: 'casey@example.com' },
    });
    expect(titled.body.interview.title).toBe('Casey, round 2');
    const bad = await call(t.url, 'POST', `/api/interview-templates/${template.id}/interviews`, {
      token: owner.token,
      body: { candidateName: 'Casey' },
    });
    expect(bad.body.code).toBe('validation_failed');
    const foreign = await call(t.url, 'POST', `/api/interview-templates/${template.id}/interviews`, {
      token: other.token,
      body: { candidateName: 'Casey', candidateEmail: 'casey@example.com' },
    });
    expect(foreign.status).toBe(404);
  });
});
