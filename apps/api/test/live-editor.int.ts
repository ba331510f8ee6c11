/**
 * The live shared editor against the real stack: who may open a document, watch-only versus pair,
 * durability of acknowledged updates across an API restart, two replicas on one Redis, the
 * deadline (edits refused, the automatic submission takes the document's last acknowledged text),
 * and the recorded timeline.
 */
import type { NestExpressApplication } from '@nestjs/platform-express';
import { liveDocumentName } from '@tryout/contracts';
import { ConfigService } from '@tryout/server-config';
import { CLOCK, type Clock } from '@tryout/server-interviews';
import { ProblemsService } from '@tryout/server-problems';
import { UsersService } from '@tryout/server-users';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../src/app.factory';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database';
import { call } from '../../../test/support/http';
import { LiveRefused, openLive, waitFor, type LiveClient } from '../../../test/support/live-client';
import { sampleStdioProblem } from '../../../test/support/problems';
import { deleteQueuePrefix, uniqueQueuePrefix } from '../../../test/support/queue';

interface Replica {
  app: NestExpressApplication;
  url: string;
}

describe('live editor', () => {
  let db: TestDatabase;
  let prefix: string;
  let config: ConfigService;
  const replicas: Replica[] = [];
  const clients: LiveClient[] = [];
  let offsetMs = 0;

  async function boot(): Promise<Replica> {
    const app = await createApp(config);
    vi.spyOn(app.get<Clock>(CLOCK), 'now').mockImplementation(() => new Date(Date.now() + offsetMs));
    await app.listen(0, '127.0.0.1');
    const r = { app, url: `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}` };
    replicas.push(r);
    return r;
  }
  async function stop(r: Replica): Promise<void> {
    replicas.splice(replicas.indexOf(r), 1);
    await r.app.close();
  }
  async function open(r: Replica, name: string, token: string): Promise<LiveClient> {
    const c = await openLive(r.url, name, token);
    clients.push(c);
    return c;
  }
  async function user(r: Replica, role: 'interviewer' | 'admin' | 'candidate') {
    const email = `${role}-${randomBytes(5).toString('hex')}@example.com`;
    const password = `pw-${randomBytes(8).toString('hex')}`;
    const u = await r.app.get(UsersService).createUser({ email, password, role, displayName: `${role} ${email}` });
    const login = await call(r.url, 'POST', '/api/auth/login', { body: { email, password } });
    return { id: u.id, email, token: login.body.accessToken as string };
  }
  /** A started session of `owner`: its id and the candidate's guest token. */
  async function session(r: Replica, ownerToken: string, co: string[] = []) {
    const created = await call(r.url, 'POST', '/api/interviews', {
      token: ownerToken,
      body: {
        title: 'Live',
        problems: ['sum-two'],
        durationMinutes: 30,
        languages: ['python'],
        candidateName: 'Cody',
        candidateEmail: 'cody@example.com',
        coInterviewers: co,
      },
    });
    expect(created.status).toBe(201);
    const guest = (
      await call(r.url, 'POST', '/api/interview-invites/redeem', { body: { token: created.body.inviteToken } })
    ).body.accessToken as string;
    const started = await call(r.url, 'POST', '/api/interview/session/start', { token: guest });
    expect(started.status).toBe(200);
    return { id: created.body.interview.id as string, guest, deadlineAt: new Date(started.body.deadlineAt) };
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    prefix = uniqueQueuePrefix();
    config = ConfigService.fromEnv({
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      DATABASE_URL: db.url,
      QUEUE_PREFIX: prefix,
      WEB_DIST: '/nonexistent',
      ADMIN_EMAIL: '',
      ADMIN_PASSWORD: '',
      JWT_SECRET: 'live-editor-test-secret-live-editor-test',
    });
    const r = await boot();
    await r.app.get(ProblemsService).importProblemPackage(sampleStdioProblem());
  });
  afterEach(() => {
    for (const c of clients.splice(0)) c.close();
  });
  afterAll(async () => {
    for (const r of [...replicas]) await stop(r);
    await db?.drop();
    if (prefix) await deleteQueuePrefix(prefix);
  });

  it('opens a document only for its candidate, its interviewers and admins', async () => {
    const r = replicas[0];
    const owner = await user(r, 'interviewer');
    const co = await user(r, 'interviewer');
    const other = await user(r, 'interviewer');
    const admin = await user(r, 'admin');
    const signedIn = await user(r, 'candidate');
    const s = await session(r, owner.token, [co.email]);
    const elsewhere = await session(r, other.token);
    const name = liveDocumentName(s.id, 1);

    const candidate = await open(r, name, s.guest);
    // Seeded with the starter code, once.
    const view = await call(r.url, 'GET', '/api/interview/session', { token: s.guest });
    expect(candidate.text.toJSON()).toBe(view.body.problems[0].starterCode.python);
    for (const token of [owner.token, co.token, admin.token]) await open(r, name, token);
    // The api's metrics count the open connections and the loaded document.
    const metrics = await call(r.url, 'GET', '/api/metrics', { token: admin.token });
    expect(metrics.body).toMatch(/^tryout_live_editor_connections 4$/m);
    expect(metrics.body).toMatch(/^tryout_live_editor_documents 1$/m);

    const refused = (token: string, doc = name) =>
      expect(openLive(r.url, doc, token)).rejects.toBeInstanceOf(LiveRefused);
    await refused(''); // anonymous
    await refused('not-a-jwt');
    await refused(elsewhere.guest); // the guest of another session
    await refused(other.token); // an interviewer not on this session
    await refused(signedIn.token); // a candidate account
    await refused(s.guest, liveDocumentName(s.id, 2)); // no such problem
    await refused(s.guest, `interview:${s.id}`); // not a document name
    // Revoking the link ends the guest's access at once.
    await call(r.url, 'DELETE', `/api/interviews/${s.id}/invite`, { token: owner.token });
    await refused(s.guest);
  });

  it('keeps interviewers watch-only until they switch to pair; everything is logged with its author', async () => {
    const r = replicas[0];
    const owner = await user(r, 'interviewer');
    const s = await session(r, owner.token);
    const name = liveDocumentName(s.id, 1);
    const candidate = await open(r, name, s.guest);
    const watcher = await open(r, name, owner.token);

    candidate.text.insert(candidate.text.length, '# candidate\n');
    await candidate.acked();
    await waitFor(() => watcher.text.toJSON().includes('# candidate'));

    watcher.text.insert(0, '# watcher\n');
    await new Promise((res) => setTimeout(res, 300));
    expect(candidate.text.toJSON()).not.toContain('# watcher');
    expect(watcher.provider.unsyncedChanges).toBeGreaterThan(0); // never acknowledged

    // The refused edit stays local to that client (the web editor is read-only while watching).
    watcher.close();
    const pair = await open(r, name, owner.token);
    expect(pair.text.toJSON()).not.toContain('# watcher');
    pair.signal({ kind: 'pair' });
    await waitFor(() => pair.signals.some((x) => x.kind === 'mode' && x.mode === 'pair'));
    pair.text.insert(0, '# pair\n');
    await pair.acked();
    await waitFor(() => candidate.text.toJSON().startsWith('# pair\n'));
    candidate.signal({ kind: 'paste', size: 42 });
    candidate.signal({ kind: 'hidden' });
    pair.signal({ kind: 'watch' });
    await waitFor(() => pair.signals.some((x) => x.kind === 'mode' && x.mode === 'watch'));

    const timeline = await call(r.url, 'GET', `/api/interviews/${s.id}/problems/1/timeline`, { token: owner.token });
    expect(timeline.status).toBe(200);
    const who = timeline.body.updates.map((u: { who: string }) => u.who);
    expect(who[0]).toBe('system');
    expect(who).toContain('candidate');
    expect(who).toContain('interviewer');
    await expect
      .poll(
        async () =>
          (
            await call(r.url, 'GET', `/api/interviews/${s.id}/problems/1/timeline`, { token: owner.token })
          ).body.events.map(
            (e: { who: string; kind: string; size: number | null }) => `${e.who}:${e.kind}:${e.size ?? ''}`,
          ),
        { timeout: 5000 },
      )
      .toEqual(
        expect.arrayContaining([
          'candidate:online:',
          'interviewer:pair:',
          'candidate:paste:42',
          'candidate:hidden:',
          'interviewer:watch:',
        ]),
      );
    // The candidate's own token cannot read the timeline.
    expect((await call(r.url, 'GET', `/api/interviews/${s.id}/problems/1/timeline`, { token: s.guest })).status).toBe(
      403,
    );
  });

  /** The candidate's logged updates of a session (author = the guest), as the timeline would show them. */
  async function candidateUpdates(r: Replica, sessionId: string): Promise<number> {
    const [row] = await r.app.get(DataSource).query<{ n: string }[]>(
      `SELECT count(*) AS n FROM interview_live_updates u JOIN interview_sessions s ON s.id = u.session_id
          WHERE u.session_id = $1 AND u.author_id = s.candidate_user_id`,
      [sessionId],
    );
    return Number(row.n);
  }

  it('revoking the link cuts off a connected candidate at once, on every replica', async () => {
    const a = replicas[0];
    const b = await boot();
    try {
      const owner = await user(a, 'interviewer');
      const s = await session(a, owner.token);
      const name = liveDocumentName(s.id, 1);
      // The candidate's socket is on replica b; the interviewer revokes through replica a.
      const candidate = await open(b, name, s.guest);
      const watcher = await open(a, name, owner.token);
      candidate.text.insert(candidate.text.length, '# before\n');
      await candidate.acked();
      await waitFor(() => watcher.text.toJSON().includes('# before'));
      const before = await candidateUpdates(a, s.id);

      const revoked = await call(a.url, 'DELETE', `/api/interviews/${s.id}/invite`, { token: owner.token });
      expect(revoked.status).toBe(200);
      await waitFor(() => candidate.signals.some((x) => x.kind === 'invite_revoked'));

      candidate.text.insert(candidate.text.length, '# after revoke\n');
      await new Promise((res) => setTimeout(res, 500));
      expect(candidate.provider.unsyncedChanges).toBeGreaterThan(0); // never acknowledged
      expect(watcher.text.toJSON()).not.toContain('# after revoke');
      expect(await candidateUpdates(a, s.id)).toBe(before);
      const timeline = await call(a.url, 'GET', `/api/interviews/${s.id}/problems/1/timeline`, { token: owner.token });
      expect(timeline.body.updates.filter((u: { who: string }) => u.who === 'candidate')).toHaveLength(before);
      // A new connection with the revoked token is refused, and says why.
      await expect(openLive(b.url, name, s.guest)).rejects.toThrow('invite_revoked');
      // The candidate routes answer 403 invite_revoked (the page shows it).
      const clock = await call(a.url, 'GET', '/api/interview/session/clock', { token: s.guest });
      expect(clock.status).toBe(403);
      expect(clock.body.code).toBe('invite_revoked');
    } finally {
      await stop(b);
    }
  });

  it('refuses an update of a revoked token even when it races the revocation (checked in the log INSERT)', async () => {
    const r = replicas[0];
    const owner = await user(r, 'interviewer');
    const s = await session(r, owner.token);
    const name = liveDocumentName(s.id, 1);
    const candidate = await open(r, name, s.guest);
    const before = await candidateUpdates(r, s.id);
    // Revoke in the database only: no event reaches the live editor, so only the INSERT's check stands.
    await r.app
      .get(DataSource)
      .query(
        'UPDATE interview_sessions SET invite_token_hash = NULL, invite_version = invite_version + 1 WHERE id = $1',
        [s.id],
      );
    candidate.text.insert(0, '# raced\n');
    await waitFor(() => candidate.signals.some((x) => x.kind === 'invite_revoked'));
    expect(candidate.provider.unsyncedChanges).toBeGreaterThan(0);
    expect(await candidateUpdates(r, s.id)).toBe(before);
  });

  it('a new link also cuts off the connection of the old one; ending turns the rest read-only', async () => {
    const r = replicas[0];
    const owner = await user(r, 'interviewer');
    const s = await session(r, owner.token);
    const name = liveDocumentName(s.id, 1);
    const old = await open(r, name, s.guest);
    const rotated = await call(r.url, 'POST', `/api/interviews/${s.id}/invite`, { token: owner.token });
    expect(rotated.status).toBe(201);
    await waitFor(() => old.signals.some((x) => x.kind === 'invite_revoked'));
    const guest = (
      await call(r.url, 'POST', '/api/interview-invites/redeem', { body: { token: rotated.body.inviteToken } })
    ).body.accessToken as string;
    const fresh = await open(r, name, guest);
    fresh.text.insert(0, '# new link\n');
    await fresh.acked();
    const ended = await call(r.url, 'POST', `/api/interviews/${s.id}/end`, { token: owner.token });
    expect(ended.status).toBe(200);
    await waitFor(() => fresh.signals.some((x) => x.kind === 'session_over'));
    fresh.text.insert(0, '# after end\n');
    await new Promise((res) => setTimeout(res, 300));
    expect(fresh.provider.unsyncedChanges).toBeGreaterThan(0);
  });

  it('loses no acknowledged update when the API restarts', async () => {
    let r = replicas[0];
    const owner = await user(r, 'interviewer');
    const s = await session(r, owner.token);
    const name = liveDocumentName(s.id, 1);
    const candidate = await open(r, name, s.guest);
    for (let i = 0; i < 20; i++) candidate.text.insert(candidate.text.length, `line ${i}\n`);
    await candidate.acked();
    const expected = candidate.text.toJSON();
    // Stop at once: the debounced compaction never ran, only the log has these updates.
    candidate.close();
    await stop(r);
    r = await boot();
    const again = await open(r, name, s.guest);
    expect(again.text.toJSON()).toBe(expected);
  });

  it('shares one document between two replicas on one Redis', async () => {
    const a = replicas[0];
    const b = await boot();
    const owner = await user(a, 'interviewer');
    const s = await session(a, owner.token);
    const name = liveDocumentName(s.id, 1);
    const candidate = await open(a, name, s.guest);
    const interviewer = await open(b, name, owner.token);
    candidate.text.insert(candidate.text.length, 'print(1)\n');
    await candidate.acked();
    await waitFor(() => interviewer.text.toJSON() === candidate.text.toJSON());
    interviewer.signal({ kind: 'pair' });
    await waitFor(() => interviewer.signals.some((x) => x.kind === 'mode' && x.mode === 'pair'));
    interviewer.text.insert(0, '# from b\n');
    await interviewer.acked();
    await waitFor(() => candidate.text.toJSON().startsWith('# from b\n'));
    await stop(b);
  });

  it('refuses edits after the deadline and submits the last acknowledged text', async () => {
    const r = replicas[0];
    const owner = await user(r, 'interviewer');
    const s = await session(r, owner.token);
    const name = liveDocumentName(s.id, 1);
    const candidate = await open(r, name, s.guest);
    candidate.text.delete(0, candidate.text.length);
    candidate.text.insert(0, 'a, b = map(int, input().split())\nprint(a + b)\n');
    await candidate.acked();
    const final = candidate.text.toJSON();

    offsetMs = s.deadlineAt.getTime() - Date.now() + 1000;
    try {
      candidate.text.insert(0, '# too late\n');
      await waitFor(() => candidate.signals.some((x) => x.kind === 'session_over'));
      // Reading the session past its deadline finalises it.
      const detail = await call(r.url, 'GET', `/api/interviews/${s.id}`, { token: owner.token });
      expect(detail.body.status).toBe('ended');
      const rows = await r.app
        .get(DataSource)
        .query<{ source: string }[]>('SELECT source FROM submissions WHERE interview_session_id = $1 AND automatic', [
          s.id,
        ]);
      expect(rows.map((x) => x.source)).toEqual([final]);
      // A new connection after the deadline is read-only too.
      const late = await open(r, name, s.guest);
      late.text.insert(0, 'x');
      await new Promise((res) => setTimeout(res, 300));
      expect(late.provider.unsyncedChanges).toBeGreaterThan(0);
    } finally {
      offsetMs = 0;
    }
  });
});
