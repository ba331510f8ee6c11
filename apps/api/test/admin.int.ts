import { JUDGE_QUEUE, REFRESH_COOKIE_NAME } from '@tryout/contracts';
import { JudgeQueueService } from '@tryout/server-queue';
import { ACCOUNT_STATE_TTL_MS, UsersService } from '@tryout/server-users';
import { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../src/app.factory';
import { startTestApp, type TestApp, type TestUser } from '../../../test/support/app';
import { call } from '../../../test/support/http';

function refreshCookie(headers: Headers): string {
  const raw = headers.getSetCookie().find((c) => c.startsWith(`${REFRESH_COOKIE_NAME}=`));
  if (!raw) throw new Error('no refresh cookie');
  return raw.split(';')[0];
}

async function login(t: TestApp, user: TestUser) {
  return call(t.url, 'POST', '/api/auth/login', { body: { email: user.email, password: user.password } });
}

describe('admin: users, audit log, queue', () => {
  let t: TestApp;
  let admin: TestUser;

  beforeAll(async () => {
    t = await startTestApp({ env: { LOGIN_ATTEMPTS_PER_MINUTE: '100' } });
    admin = await t.register('admin');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('lists and searches users by e-mail and display name, paginated', async () => {
    const users = t.app.get(UsersService);
    await users.createUser({ email: 'grace.hopper@example.com', password: 'long-enough-pw', displayName: 'Grace' });
    await users.createUser({ email: 'alan@example.com', password: 'long-enough-pw', displayName: 'Turing 100%' });
    const byEmail = await call(t.url, 'GET', '/api/admin/users?q=HOPPER', { token: admin.token });
    expect(byEmail.status).toBe(200);
    expect(byEmail.body.items.map((u: { email: string }) => u.email)).toEqual(['grace.hopper@example.com']);
    expect(byEmail.body.items[0]).toMatchObject({ displayName: 'Grace', role: 'candidate', disabledAt: null });
    expect(byEmail.body.items[0]).not.toHaveProperty('passwordHash');
    const byName = await call(t.url, 'GET', '/api/admin/users?q=turing', { token: admin.token });
    expect(byName.body.items.map((u: { email: string }) => u.email)).toEqual(['alan@example.com']);
    // LIKE wildcards are literal: "%" matches only the name that has one.
    const percent = await call(t.url, 'GET', '/api/admin/users?q=%25', { token: admin.token });
    expect(percent.body.items.map((u: { email: string }) => u.email)).toEqual(['alan@example.com']);
    const page1 = await call(t.url, 'GET', '/api/admin/users?pageSize=2&page=1', { token: admin.token });
    const page2 = await call(t.url, 'GET', '/api/admin/users?pageSize=2&page=2', { token: admin.token });
    expect(page1.body).toMatchObject({ page: 1, pageSize: 2, total: 3 });
    expect(page1.body.items).toHaveLength(2);
    expect(page2.body.items).toHaveLength(1);
    const admins = await call(t.url, 'GET', '/api/admin/users?role=admin', { token: admin.token });
    expect(admins.body.items.map((u: { id: string }) => u.id)).toEqual([admin.userId]);
    const bad = await call(t.url, 'GET', '/api/admin/users?role=root&pageSize=1000', { token: admin.token });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('validation_failed');
  });

  it('changes a role, applies it on the next request, and audits who did it', async () => {
    const user = await t.register('candidate');
    // Before: a candidate can't see the admin area.
    expect((await call(t.url, 'GET', '/api/admin/users', { token: user.token })).status).toBe(403);
    const res = await call(t.url, 'PUT', `/api/admin/users/${user.userId}/role`, {
      token: admin.token,
      body: { role: 'admin' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: user.userId, role: 'admin' });
    // The same access token now carries the new role: roles are read per request.
    expect((await call(t.url, 'GET', '/api/admin/users', { token: user.token })).status).toBe(200);
    const back = await call(t.url, 'PUT', `/api/admin/users/${user.userId}/role`, {
      token: admin.token,
      body: { role: 'interviewer' },
    });
    expect(back.body.role).toBe('interviewer');
    expect((await call(t.url, 'GET', '/api/admin/users', { token: user.token })).status).toBe(403);

    const audit = await call(t.url, 'GET', `/api/admin/audit?target=${user.userId}`, { token: admin.token });
    expect(audit.status).toBe(200);
    expect(audit.body.items).toHaveLength(2);
    expect(audit.body.items[0]).toMatchObject({
      action: 'user.role_changed',
      actorId: admin.userId,
      actorLabel: admin.email,
      targetType: 'user',
      targetId: user.userId,
      targetLabel: user.email,
      details: { from: 'admin', to: 'interviewer' },
    });
    expect(audit.body.items[1].details).toEqual({ from: 'candidate', to: 'admin' });
    expect(Date.parse(audit.body.items[0].at)).toBeGreaterThanOrEqual(Date.parse(audit.body.items[1].at));
  });

  it('refuses to demote or disable the last active admin, and to disable yourself', async () => {
    const self = await call(t.url, 'PUT', `/api/admin/users/${admin.userId}/role`, {
      token: admin.token,
      body: { role: 'candidate' },
    });
    expect(self.status).toBe(409);
    expect(self.body.code).toBe('last_admin');
    const disableSelf = await call(t.url, 'POST', `/api/admin/users/${admin.userId}/disable`, { token: admin.token });
    expect(disableSelf.status).toBe(409);
    expect(disableSelf.body.code).toBe('cannot_disable_self');
    expect((await call(t.url, 'GET', `/api/admin/users/${admin.userId}`, { token: admin.token })).body.role).toBe(
      'admin',
    );

    // With a second admin, one may step down; the other is then the last one again.
    const second = await t.register('admin');
    const stepDown = await call(t.url, 'PUT', `/api/admin/users/${admin.userId}/role`, {
      token: second.token,
      body: { role: 'interviewer' },
    });
    expect(stepDown.status).toBe(200);
    const last = await call(t.url, 'PUT', `/api/admin/users/${second.userId}/role`, {
      token: second.token,
      body: { role: 'candidate' },
    });
    expect(last.body.code).toBe('last_admin');
    // Nothing refused was audited.
    const audit = await call(t.url, 'GET', `/api/admin/audit?target=${second.userId}`, { token: second.token });
    expect(audit.body.items).toEqual([]);
    await call(t.url, 'PUT', `/api/admin/users/${admin.userId}/role`, { token: second.token, body: { role: 'admin' } });
  });

  it('keeps an admin when two admins demote each other at the same time', async () => {
    const a = await t.register('admin');
    const b = await t.register('admin');
    // Leave only a and b as active admins.
    const others = await call(t.url, 'GET', '/api/admin/users?role=admin', { token: a.token });
    const extra = others.body.items.filter((u: { id: string }) => u.id !== a.userId && u.id !== b.userId);
    for (const u of extra) {
      const r = await call(t.url, 'PUT', `/api/admin/users/${u.id}/role`, {
        token: a.token,
        body: { role: 'candidate' },
      });
      expect(r.status).toBe(200);
    }
    const [ab, ba] = await Promise.all([
      call(t.url, 'PUT', `/api/admin/users/${b.userId}/role`, { token: a.token, body: { role: 'candidate' } }),
      call(t.url, 'PUT', `/api/admin/users/${a.userId}/role`, { token: b.token, body: { role: 'candidate' } }),
    ]);
    // Exactly one wins. The loser is refused either by the last-admin check (409) or, when the
    // winner committed first, by the guard, which already reads the loser's new role (403).
    const statuses = [ab.status, ba.status].sort();
    expect(statuses[0]).toBe(200);
    expect([403, 409]).toContain(statuses[1]);
    const winner = ab.status === 200 ? a : b;
    const admins = await call(t.url, 'GET', '/api/admin/users?role=admin', { token: winner.token });
    expect(admins.body.total).toBe(1);
    // Restore the suite's admin.
    await call(t.url, 'PUT', `/api/admin/users/${admin.userId}/role`, { token: winner.token, body: { role: 'admin' } });
  });

  it('disabling revokes access at once: access token refused, refresh and login answer 403 account_disabled', async () => {
    const victim = await t.register('candidate');
    const session = await login(t, victim);
    const cookie = refreshCookie(session.headers);
    expect((await call(t.url, 'GET', '/api/me', { token: session.body.accessToken })).status).toBe(200);

    const res = await call(t.url, 'POST', `/api/admin/users/${victim.userId}/disable`, { token: admin.token });
    expect(res.status).toBe(200);
    expect(res.body.disabledAt).toEqual(expect.any(String));

    // Both still-unexpired access tokens are refused on the very next request.
    for (const token of [victim.token, session.body.accessToken]) {
      const me = await call(t.url, 'GET', '/api/me', { token });
      expect(me.status).toBe(401);
      expect(me.body.code).toBe('unauthorized');
    }
    const refresh = await call(t.url, 'POST', '/api/auth/refresh', { headers: { cookie } });
    expect(refresh.status).toBe(403);
    expect(refresh.body.code).toBe('account_disabled');
    const again = await login(t, victim);
    expect(again.status).toBe(403);
    expect(again.body.code).toBe('account_disabled');
    // A wrong password still reads as wrong credentials: the state is told only to its owner.
    const wrong = await call(t.url, 'POST', '/api/auth/login', {
      body: { email: victim.email, password: 'wrong-pass' },
    });
    expect(wrong.body.code).toBe('invalid_credentials');
    // Public routes treat the refused token as anonymous.
    expect((await call(t.url, 'GET', '/api/problems', { token: victim.token })).status).toBe(200);
    const disabledList = await call(t.url, 'GET', '/api/admin/users?status=disabled', { token: admin.token });
    expect(disabledList.body.items.map((u: { id: string }) => u.id)).toEqual([victim.userId]);

    const enabled = await call(t.url, 'POST', `/api/admin/users/${victim.userId}/enable`, { token: admin.token });
    expect(enabled.status).toBe(200);
    expect(enabled.body.disabledAt).toBeNull();
    const back = await login(t, victim);
    expect(back.status).toBe(200);
    expect((await call(t.url, 'GET', '/api/me', { token: back.body.accessToken })).status).toBe(200);
    // The refresh tokens revoked by disabling stay revoked.
    expect((await call(t.url, 'POST', '/api/auth/refresh', { headers: { cookie } })).status).toBe(401);

    const audit = await call(t.url, 'GET', `/api/admin/audit?target=${encodeURIComponent(victim.email)}`, {
      token: admin.token,
    });
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['user.enabled', 'user.disabled']);
  });

  it('a disable on one API replica is enforced by another within pub/sub latency, long before the cache TTL', async () => {
    const replica = await createApp(t.config);
    await replica.listen(0, '127.0.0.1');
    // Pub/sub delivery is asynchronous: the change may reach the other replica a few milliseconds
    // after the admin's request returned. The bound is a fifth of the TTL, so only the invalidation
    // message (never expiry) can make these pass.
    const seen = (url: string, path: string, token: string, status: number) =>
      vi.waitFor(async () => expect((await call(url, 'GET', path, { token })).status).toBe(status), {
        timeout: ACCOUNT_STATE_TTL_MS / 5,
        interval: 20,
      });
    try {
      const replicaUrl = `http://127.0.0.1:${(replica.getHttpServer().address() as { port: number }).port}`;
      const victim = await t.register('candidate');
      // Both replicas have the account's state cached now.
      for (const url of [t.url, replicaUrl])
        expect((await call(url, 'GET', '/api/me', { token: victim.token })).status).toBe(200);
      const disabled = await call(t.url, 'POST', `/api/admin/users/${victim.userId}/disable`, { token: admin.token });
      expect(disabled.status).toBe(200);
      // The replica that made the change drops its entry before it answers.
      expect((await call(t.url, 'GET', '/api/me', { token: victim.token })).status).toBe(401);
      await seen(replicaUrl, '/api/me', victim.token, 401);
      // Roles too: a promotion made on one replica counts on the other.
      const promoted = await t.register('candidate');
      expect((await call(replicaUrl, 'GET', '/api/admin/audit', { token: promoted.token })).status).toBe(403);
      const promotion = await call(t.url, 'PUT', `/api/admin/users/${promoted.userId}/role`, {
        token: admin.token,
        body: { role: 'admin' },
      });
      expect(promotion.status).toBe(200);
      await seen(replicaUrl, '/api/admin/audit', promoted.token, 200);
      const demotion = await call(replicaUrl, 'PUT', `/api/admin/users/${promoted.userId}/role`, {
        token: admin.token,
        body: { role: 'candidate' },
      });
      expect(demotion.status).toBe(200);
      expect((await call(replicaUrl, 'GET', '/api/admin/audit', { token: promoted.token })).status).toBe(403);
      await seen(t.url, '/api/admin/audit', promoted.token, 403);
    } finally {
      await replica.close();
    }
  });

  it('filters the audit log by actor, action and target', async () => {
    const other = await t.register('admin');
    const target = await t.register('candidate');
    await call(t.url, 'PUT', `/api/admin/users/${target.userId}/role`, {
      token: other.token,
      body: { role: 'interviewer' },
    });
    await call(t.url, 'POST', `/api/admin/users/${target.userId}/disable`, { token: admin.token });
    const byActor = await call(t.url, 'GET', `/api/admin/audit?actor=${encodeURIComponent(other.email)}`, {
      token: admin.token,
    });
    expect(byActor.body.items.map((e: { action: string }) => e.action)).toEqual(['user.role_changed']);
    const byActorId = await call(t.url, 'GET', `/api/admin/audit?actor=${other.userId}`, { token: admin.token });
    expect(byActorId.body.total).toBe(1);
    const byAction = await call(t.url, 'GET', `/api/admin/audit?action=user.disabled&target=${target.userId}`, {
      token: admin.token,
    });
    expect(byAction.body.items).toHaveLength(1);
    expect(byAction.body.items[0]).toMatchObject({ actorId: admin.userId, targetId: target.userId });
    const badAction = await call(t.url, 'GET', '/api/admin/audit?action=user.deleted', { token: admin.token });
    expect(badAction.status).toBe(400);
  });

  it('answers 404 for unknown and malformed user ids', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const res = await call(t.url, 'POST', `/api/admin/users/${id}/disable`, { token: admin.token });
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('user_not_found');
    }
  });

  it('shows queue depth and failures with their reason, and retries a failed job (audited)', async () => {
    const queue = t.app.get(JudgeQueueService).queue;
    await queue.add(
      'judge',
      { submissionId: '11111111-1111-4111-8111-111111111111' },
      { jobId: 'job-ok', attempts: 1 },
    );
    await queue.add(
      'judge',
      { submissionId: '22222222-2222-4222-8222-222222222222' },
      { jobId: 'job-bad', attempts: 1 },
    );
    const connection = new Redis(t.config.get('REDIS_URL'), { maxRetriesPerRequest: null });
    // A stand-in worker that fails one job with a known reason and leaves the other alone.
    const worker: Worker = new Worker(
      JUDGE_QUEUE,
      async (job) => {
        if (job.id === 'job-bad') throw new Error('sandbox unavailable: engine timeout');
        return new Promise(() => undefined); // keeps job-ok active
      },
      { connection, prefix: t.prefix, concurrency: 2, autorun: true },
    );
    await new Promise<void>((resolve) => worker.on('failed', () => resolve()));
    const overview = await call(t.url, 'GET', '/api/admin/queue', { token: admin.token });
    expect(overview.status).toBe(200);
    expect(overview.body.queue).toBe('judge');
    expect(overview.body.counts).toMatchObject({ failed: 1, active: 1, waiting: 0 });
    expect(overview.body.failed).toEqual([
      expect.objectContaining({
        id: 'job-bad',
        name: 'judge',
        submissionId: '22222222-2222-4222-8222-222222222222',
        failedReason: 'sandbox unavailable: engine timeout',
        attemptsMade: 1,
      }),
    ]);
    await worker.close(true);
    await connection.quit();

    const notFailed = await call(t.url, 'POST', '/api/admin/queue/jobs/job-ok/retry', { token: admin.token });
    expect(notFailed.status).toBe(409);
    expect(notFailed.body.code).toBe('job_not_failed');
    const missing = await call(t.url, 'POST', '/api/admin/queue/jobs/nope/retry', { token: admin.token });
    expect(missing.body.code).toBe('job_not_found');
    const retry = await call(t.url, 'POST', '/api/admin/queue/jobs/job-bad/retry', { token: admin.token });
    expect(retry.status).toBe(204);
    expect(await (await queue.getJob('job-bad'))!.getState()).toBe('waiting');
    const after = await call(t.url, 'GET', '/api/admin/queue', { token: admin.token });
    expect(after.body.counts.failed).toBe(0);
    const audit = await call(t.url, 'GET', '/api/admin/audit?action=queue.job_retried', { token: admin.token });
    expect(audit.body.items[0]).toMatchObject({ targetType: 'job', targetId: 'job-bad', actorId: admin.userId });
  });
});
