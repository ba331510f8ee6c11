/**
 * Interview notes stamped with the session time, scorecard templates (admin) and scorecards (per
 * interviewer, others hidden until yours is submitted), against the real Postgres and Redis. The
 * interviews' Clock is pinned and moved by the tests, so every stamp is exact.
 */
import { CLOCK, type Clock } from '@tryout/server-interviews';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startTestApp, type TestApp, type TestUser } from '../../../test/support/app';
import { call } from '../../../test/support/http';
import { sampleStdioProblem } from '../../../test/support/problems';

describe('interview notes and scorecards', () => {
  let t: TestApp;
  let owner: TestUser;
  let co: TestUser;
  let stranger: TestUser;
  let admin: TestUser;
  let candidate: TestUser;
  let clockAt = Date.now();
  const advance = (ms: number) => (clockAt += ms);

  beforeAll(async () => {
    t = await startTestApp({ env: { LOGIN_ATTEMPTS_PER_MINUTE: '100' } });
    await t.importProblem(sampleStdioProblem());
    [owner, co, stranger, admin, candidate] = await Promise.all([
      t.register('interviewer'),
      t.register('interviewer'),
      t.register('interviewer'),
      t.register('admin'),
      t.register('candidate'),
    ]);
    const db = t.app.get(DataSource);
    for (const [u, name] of [
      [owner, 'Olive Owner'],
      [co, 'Cole Co'],
    ] as const)
      await db.query('UPDATE users SET display_name = $1 WHERE id = $2', [name, u.userId]);
    vi.spyOn(t.app.get<Clock>(CLOCK), 'now').mockImplementation(() => new Date(clockAt));
  });
  afterAll(async () => {
    await t?.close();
  });

  /** A session owned by `owner` with `co` as co-interviewer, redeemed by a guest; started unless said otherwise. */
  async function session(opts: { start?: boolean } = {}) {
    const created = await call(t.url, 'POST', '/api/interviews', {
      token: owner.token,
      body: {
        title: 'Scorecards',
        problems: ['sum-two'],
        durationMinutes: 30,
        languages: ['python'],
        candidateName: 'Casey',
        candidateEmail: 'casey@example.com',
        coInterviewers: [co.email],
      },
    });
    expect(created.status).toBe(201);
    const guest = (
      await call(t.url, 'POST', '/api/interview-invites/redeem', { body: { token: created.body.inviteToken } })
    ).body.accessToken as string;
    if (opts.start !== false)
      expect((await call(t.url, 'POST', '/api/interview/session/start', { token: guest })).status).toBe(200);
    return { id: created.body.interview.id as string, guest };
  }
  const note = (id: string, user: TestUser | string, body: string) =>
    call(t.url, 'POST', `/api/interviews/${id}/notes`, {
      token: typeof user === 'string' ? user : user.token,
      body: { body },
    });

  describe('notes', () => {
    it('stamps each entry with the session time by the server clock: null before Start, capped at the end', async () => {
      const { id, guest } = await session({ start: false });
      const before = await note(id, owner, 'Joined early, *quiet*');
      expect(before.status).toBe(201);
      expect(before.body).toMatchObject({ body: 'Joined early, *quiet*', sessionMs: null });

      expect((await call(t.url, 'POST', '/api/interview/session/start', { token: guest })).status).toBe(200);
      advance(83_250);
      const live = await note(id, owner, 'Reads the input **twice**');
      expect(live.body.sessionMs).toBe(83_250);
      advance(10_000);
      expect((await note(id, co, 'Asks about limits')).body.sessionMs).toBe(93_250);

      expect((await call(t.url, 'POST', `/api/interviews/${id}/end`, { token: owner.token })).status).toBe(200);
      advance(600_000);
      expect((await note(id, owner, 'Reviewed after the end')).body.sessionMs).toBe(93_250);

      // Editing keeps the stamp; the list is the caller's own, oldest first.
      advance(5_000);
      const edited = await call(t.url, 'PUT', `/api/interviews/${id}/notes/${live.body.id}`, {
        token: owner.token,
        body: { body: 'Reads the input **twice**, then codes' },
      });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({ sessionMs: 83_250, body: 'Reads the input **twice**, then codes' });
      const mine = await call(t.url, 'GET', `/api/interviews/${id}/notes`, { token: owner.token });
      expect(mine.body.notes.map((n: { sessionMs: number | null }) => n.sessionMs)).toEqual([null, 83_250, 93_250]);
      const theirs = await call(t.url, 'GET', `/api/interviews/${id}/notes`, { token: co.token });
      expect(theirs.body.notes).toHaveLength(1);

      // The report has every interviewer's entries in session-time order, with their authors.
      const report = await call(t.url, 'GET', `/api/interviews/${id}/report`, { token: co.token });
      expect(
        report.body.notes.map((n: { author: string; sessionMs: number | null }) => [n.author, n.sessionMs]),
      ).toEqual([
        ['Olive Owner', null],
        ['Olive Owner', 83_250],
        ['Cole Co', 93_250],
        ['Olive Owner', 93_250],
      ]);
    });

    it('refuses blank and oversized notes and others’ entries with stable codes', async () => {
      const { id } = await session();
      for (const body of ['', '   \n\t']) {
        const res = await note(id, owner, body);
        expect(res.status).toBe(400);
        expect(res.body.code).toBe('validation_failed');
      }
      expect((await note(id, owner, 'x'.repeat(64 * 1024 + 1))).body.code).toBe('validation_failed');
      expect((await note(id, owner, 'bad \u0000 byte')).body.code).toBe('invalid_characters');
      const res = await call(t.url, 'POST', `/api/interviews/${id}/notes`, {
        token: owner.token,
        body: { body: 'x', sessionMs: 5 },
      });
      expect(res.status).toBe(400); // the stamp is the server's, never the client's
      const own = await note(id, owner, 'mine');
      for (const path of [`/api/interviews/${id}/notes/${own.body.id}`, `/api/interviews/${id}/notes/not-a-uuid`]) {
        const edit = await call(t.url, 'PUT', path, { token: co.token, body: { body: 'hijack' } });
        expect(edit.status).toBe(404);
        expect(edit.body.code).toBe('note_not_found');
        expect((await call(t.url, 'DELETE', path, { token: co.token })).body.code).toBe('note_not_found');
      }
      expect(
        (await call(t.url, 'DELETE', `/api/interviews/${id}/notes/${own.body.id}`, { token: owner.token })).status,
      ).toBe(204);
      expect((await call(t.url, 'GET', `/api/interviews/${id}/notes`, { token: owner.token })).body.notes).toEqual([]);
    });

    it('keeps candidates, guests and strangers out', async () => {
      const { id, guest } = await session();
      const own = await note(id, owner, 'private');
      for (const [token, status] of [
        [guest, 403],
        [candidate.token, 403],
        [stranger.token, 404],
        [undefined, 401],
      ] as const) {
        expect((await call(t.url, 'GET', `/api/interviews/${id}/notes`, { token })).status).toBe(status);
        expect((await note(id, token ?? '', 'x')).status).toBe(status);
        expect(
          (await call(t.url, 'PUT', `/api/interviews/${id}/notes/${own.body.id}`, { token, body: { body: 'x' } }))
            .status,
        ).toBe(status);
        expect((await call(t.url, 'DELETE', `/api/interviews/${id}/notes/${own.body.id}`, { token })).status).toBe(
          status,
        );
      }
    });
  });

  describe('scorecard templates', () => {
    const criteria = [
      { name: 'Design', description: 'Splits the problem\ninto parts' },
      { name: 'Testing', description: '' },
    ];

    it('ships a default template', async () => {
      const res = await call(t.url, 'GET', '/api/scorecard-templates', { token: owner.token });
      expect(res.status).toBe(200);
      const seeded = res.body.find((x: { name: string }) => x.name === 'Coding interview');
      expect(seeded.criteria.map((c: { name: string }) => c.name)).toEqual([
        'Problem solving',
        'Code quality',
        'Communication',
        'Testing',
      ]);
    });

    it('lets admins create, edit, archive and restore; nobody else', async () => {
      const created = await call(t.url, 'POST', '/api/admin/scorecard-templates', {
        token: admin.token,
        body: { name: 'Systems', criteria },
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ name: 'Systems', criteria, archivedAt: null });
      const tid = created.body.id as string;

      const updated = await call(t.url, 'PUT', `/api/admin/scorecard-templates/${tid}`, {
        token: admin.token,
        body: { name: 'Systems design', criteria: [...criteria, { name: 'Trade-offs', description: 'Names costs' }] },
      });
      expect(updated.status).toBe(200);
      expect(updated.body.criteria).toHaveLength(3);

      const archived = await call(t.url, 'POST', `/api/admin/scorecard-templates/${tid}/archive`, {
        token: admin.token,
      });
      expect(archived.body.archivedAt).not.toBeNull();
      const active = await call(t.url, 'GET', '/api/scorecard-templates', { token: owner.token });
      expect(active.body.map((x: { id: string }) => x.id)).not.toContain(tid);
      const all = await call(t.url, 'GET', '/api/admin/scorecard-templates', { token: admin.token });
      expect(all.body.find((x: { id: string }) => x.id === tid).archivedAt).not.toBeNull();
      const restored = await call(t.url, 'POST', `/api/admin/scorecard-templates/${tid}/restore`, {
        token: admin.token,
      });
      expect(restored.body.archivedAt).toBeNull();

      for (const user of [owner, candidate]) {
        expect((await call(t.url, 'GET', '/api/admin/scorecard-templates', { token: user.token })).status).toBe(403);
        expect(
          (
            await call(t.url, 'POST', '/api/admin/scorecard-templates', {
              token: user.token,
              body: { name: 'Mine', criteria },
            })
          ).status,
        ).toBe(403);
        expect(
          (await call(t.url, 'POST', `/api/admin/scorecard-templates/${tid}/archive`, { token: user.token })).status,
        ).toBe(403);
      }
      expect((await call(t.url, 'GET', '/api/scorecard-templates', { token: candidate.token })).status).toBe(403);
    });

    it('answers bad templates with 400/404/409 and a code', async () => {
      const bad = async (body: unknown, code: string, status = 400) => {
        const res = await call(t.url, 'POST', '/api/admin/scorecard-templates', { token: admin.token, body });
        expect(res.status, JSON.stringify(body)).toBe(status);
        expect(res.body.code).toBe(code);
      };
      await bad({ name: 'No criteria', criteria: [] }, 'validation_failed');
      await bad({ name: '', criteria }, 'validation_failed');
      await bad({ name: 'x'.repeat(81), criteria }, 'validation_failed');
      await bad({ name: 'Lines', criteria: [{ name: 'a\nb', description: '' }] }, 'validation_failed');
      await bad({ name: 'No description', criteria: [{ name: 'a' }] }, 'validation_failed');
      await bad({ name: 'Extra', criteria: [{ name: 'a', description: '', weight: 2 }] }, 'validation_failed');
      await bad({ name: 'Twice', criteria: [criteria[0], { ...criteria[0], name: 'design' }] }, 'validation_failed');
      await bad(
        { name: 'Many', criteria: Array.from({ length: 13 }, (_, i) => ({ name: `c${i}`, description: '' })) },
        'validation_failed',
      );
      await bad({ name: 'Coding interview', criteria }, 'scorecard_template_name_taken', 409);
      const missing = await call(t.url, 'PUT', '/api/admin/scorecard-templates/6d9e3c1e-0000-4000-8000-000000000000', {
        token: admin.token,
        body: { name: 'Ghost', criteria },
      });
      expect(missing.status).toBe(404);
      expect(missing.body.code).toBe('scorecard_template_not_found');
      expect(
        (await call(t.url, 'POST', '/api/admin/scorecard-templates/nope/archive', { token: admin.token })).body.code,
      ).toBe('scorecard_template_not_found');
    });
  });

  describe('scorecards', () => {
    let templateId: string;
    let n = 0;
    // A fresh two-criteria template per test: one test edits its own afterwards.
    beforeEach(async () => {
      const res = await call(t.url, 'POST', '/api/admin/scorecard-templates', {
        token: admin.token,
        body: {
          name: `Two criteria ${++n}`,
          criteria: [
            { name: 'Problem solving', description: 'Finds an approach' },
            { name: 'Communication', description: 'Thinks aloud' },
          ],
        },
      });
      templateId = res.body.id;
    });
    const scorecards = (id: string, user: TestUser) =>
      call(t.url, 'GET', `/api/interviews/${id}/scorecards`, { token: user.token });
    const choose = (id: string, user: TestUser, tid: string) =>
      call(t.url, 'PUT', `/api/interviews/${id}/scorecard-template`, { token: user.token, body: { templateId: tid } });
    const fill = (id: string, user: TestUser | string, body: unknown, submit = false) =>
      call(t.url, submit ? 'POST' : 'PUT', `/api/interviews/${id}/scorecards/mine${submit ? '/submit' : ''}`, {
        token: typeof user === 'string' ? user : user.token,
        body,
      });
    const full = (a: number, b: number, recommendation: string) => ({
      scores: [
        { score: a, comment: `solving ${a}` },
        { score: b, comment: 'clear\nand calm' },
      ],
      recommendation,
    });

    it('one scorecard per interviewer; the others’ hidden until yours is submitted; final once submitted', async () => {
      const { id } = await session();
      expect((await scorecards(id, owner)).body).toEqual({ form: null, mine: null, others: [], hiddenCount: 0 });
      expect((await fill(id, owner, full(3, 3, 'yes'))).body.code).toBe('scorecard_template_missing');

      const chosen = await choose(id, owner, templateId);
      expect(chosen.status).toBe(200);
      expect(chosen.body.form).toMatchObject({ templateId, name: 'Two criteria 1', chosenBy: 'Olive Owner' });

      // A draft may leave scores open; submitting may not.
      const draft = await fill(id, owner, {
        scores: [
          { score: 4, comment: '' },
          { score: null, comment: '' },
        ],
        recommendation: null,
      });
      expect(draft.status).toBe(200);
      expect(draft.body.mine).toMatchObject({ submittedAt: null, scores: [{ score: 4 }, { score: null }] });
      const incomplete = await fill(
        id,
        owner,
        {
          scores: [
            { score: 4, comment: '' },
            { score: null, comment: '' },
          ],
          recommendation: 'yes',
        },
        true,
      );
      expect(incomplete.status).toBe(400);
      expect(incomplete.body.code).toBe('scorecard_incomplete');
      expect(incomplete.body.message).toContain('Communication');
      expect((await fill(id, owner, full(3, 3, null as unknown as string), true)).body.code).toBe(
        'scorecard_incomplete',
      );

      // The template is fixed once someone started a scorecard.
      const other = (await call(t.url, 'GET', '/api/scorecard-templates', { token: owner.token })).body.find(
        (x: { name: string }) => x.name === 'Coding interview',
      );
      const locked = await choose(id, co, other.id);
      expect(locked.status).toBe(409);
      expect(locked.body.code).toBe('scorecard_template_locked');

      // The co-interviewer submits first: the owner (not submitted yet) sees that one exists, not what it says.
      const coSubmitted = await fill(id, co, full(2, 4, 'strong_yes'), true);
      expect(coSubmitted.status).toBe(200);
      expect(coSubmitted.body.others).toEqual([]); // the owner has not submitted
      expect(coSubmitted.body.hiddenCount).toBe(0); // nothing submitted by others yet
      const ownerView = (await scorecards(id, owner)).body;
      expect(ownerView.others).toEqual([]);
      expect(ownerView.hiddenCount).toBe(1);
      const ownerReport = (await call(t.url, 'GET', `/api/interviews/${id}/report`, { token: owner.token })).body;
      expect(ownerReport.scorecards).toEqual([]);
      expect(ownerReport.scorecardsHidden).toBe(1);

      advance(1_000);
      const ownerSubmitted = await fill(id, owner, full(3, 2, 'no'), true);
      expect(ownerSubmitted.body.mine.submittedAt).not.toBeNull();
      expect(ownerSubmitted.body.others).toEqual([
        expect.objectContaining({ author: 'Cole Co', recommendation: 'strong_yes' }),
      ]);
      expect(ownerSubmitted.body.hiddenCount).toBe(0);

      const again = await fill(id, owner, full(4, 4, 'strong_yes'), true);
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('scorecard_submitted');
      expect((await fill(id, co, full(1, 1, 'strong_no'))).body.code).toBe('scorecard_submitted');

      // Editing the template later changes nothing already scored.
      await call(t.url, 'PUT', `/api/admin/scorecard-templates/${templateId}`, {
        token: admin.token,
        body: { name: 'Two criteria 1', criteria: [{ name: 'Renamed', description: '' }] },
      });
      const report = (await call(t.url, 'GET', `/api/interviews/${id}/report`, { token: co.token })).body;
      expect(report.scorecardsHidden).toBe(0);
      expect(report.scorecards).toEqual([
        expect.objectContaining({
          author: 'Cole Co',
          template: 'Two criteria 1',
          recommendation: 'strong_yes',
          criteria: [
            { name: 'Problem solving', description: 'Finds an approach', score: 2, comment: 'solving 2' },
            { name: 'Communication', description: 'Thinks aloud', score: 4, comment: 'clear\nand calm' },
          ],
        }),
        expect.objectContaining({ author: 'Olive Owner', recommendation: 'no' }),
      ]);

      // The hiring team's link and an admin (an observer of this session) see every submitted scorecard.
      const share = await call(t.url, 'POST', `/api/interviews/${id}/share`, { token: owner.token, body: {} });
      const shared = (await call(t.url, 'GET', `/api/interview-reports/${share.body.shareToken}`)).body;
      expect(shared.scorecards).toHaveLength(2);
      expect(
        (await call(t.url, 'GET', `/api/interviews/${id}/report`, { token: admin.token })).body.scorecards,
      ).toHaveLength(2);
      // An admin who is not one of the session's interviewers reads but does not score.
      const observer = await fill(id, admin, full(3, 3, 'yes'));
      expect(observer.status).toBe(403);
      expect(observer.body.code).toBe('forbidden');
    });

    it('answers bad scorecards and template picks with 400/404/409 and a code', async () => {
      const { id } = await session();
      const unknown = await choose(id, owner, '6d9e3c1e-0000-4000-8000-000000000000');
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('scorecard_template_not_found');
      const archivedT = await call(t.url, 'POST', '/api/admin/scorecard-templates', {
        token: admin.token,
        body: { name: 'Old one', criteria: [{ name: 'Anything', description: '' }] },
      });
      await call(t.url, 'POST', `/api/admin/scorecard-templates/${archivedT.body.id}/archive`, { token: admin.token });
      const archived = await choose(id, owner, archivedT.body.id);
      expect(archived.status).toBe(409);
      expect(archived.body.code).toBe('scorecard_template_archived');
      expect((await choose(id, owner, templateId)).status).toBe(200);

      for (const body of [
        full(5, 3, 'yes'),
        full(0, 3, 'yes'),
        full(2.5, 3, 'yes'),
        full(3, 3, 'maybe'),
        { scores: [{ score: 3 }, { score: 3, comment: '' }], recommendation: 'yes' },
        {
          scores: [
            { score: 3, comment: 'x'.repeat(2001) },
            { score: 3, comment: '' },
          ],
          recommendation: 'yes',
        },
        { scores: 'all good', recommendation: 'yes' },
        { ...full(3, 3, 'yes'), extra: true },
      ]) {
        const res = await fill(id, owner, body);
        expect(res.status, JSON.stringify(body)).toBe(400);
        expect(res.body.code).toBe('validation_failed');
      }
      const short = await fill(id, owner, { scores: [{ score: 3, comment: '' }], recommendation: 'yes' });
      expect(short.status).toBe(400);
      expect(short.body.code).toBe('validation_failed');
      expect(short.body.message).toContain('one entry per criterion');
    });

    it('keeps candidates, guests and strangers away from every scorecard route', async () => {
      const { id, guest } = await session();
      const routes: [string, string, unknown?][] = [
        ['GET', `/api/interviews/${id}/scorecards`],
        ['PUT', `/api/interviews/${id}/scorecard-template`, { templateId }],
        ['PUT', `/api/interviews/${id}/scorecards/mine`, full(3, 3, 'yes')],
        ['POST', `/api/interviews/${id}/scorecards/mine/submit`, full(3, 3, 'yes')],
      ];
      for (const [method, path, body] of routes) {
        expect((await call(t.url, method, path, { token: guest, body })).status, `${method} ${path} guest`).toBe(403);
        expect((await call(t.url, method, path, { token: candidate.token, body })).status).toBe(403);
        expect((await call(t.url, method, path, { token: stranger.token, body })).status).toBe(404);
        expect((await call(t.url, method, path, { body })).status).toBe(401);
      }
      expect((await call(t.url, 'GET', '/api/scorecard-templates', { token: guest })).status).toBe(403);
      expect((await call(t.url, 'GET', '/api/admin/scorecard-templates', { token: guest })).status).toBe(403);
    });
  });
});
