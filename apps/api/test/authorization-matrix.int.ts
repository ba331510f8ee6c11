/**
 * Every route × {anonymous, candidate, other candidate, interviewer, admin} → expected status.
 * The route list comes from the running app (listRoutes), so adding a route without adding it here
 * fails the first test. Resources (a submission, a draft) belong to `candidate`.
 */
import { JudgingService } from '@tryout/server-submissions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listRoutes } from '../src/common/route-table.util';
import { startTestApp, type TestApp, type TestUser } from '../../../test/support/app';
import { call } from '../../../test/support/http';
import { sampleStdioProblem } from '../../../test/support/problems';
import { openSse } from '../../../test/support/sse';

type Who = 'anonymous' | 'candidate' | 'otherCandidate' | 'interviewer' | 'admin';
const WHO: Who[] = ['anonymous', 'candidate', 'otherCandidate', 'interviewer', 'admin'];

interface Ctx {
  users: Record<Exclude<Who, 'anonymous'>, TestUser>;
  submissionId: string;
  /** A user the admin routes act on (never one of the callers). */
  targetUserId: string;
  n: number;
}

interface Entry {
  /** Concrete path and body for this caller. */
  request: (ctx: Ctx, who: Who) => { path: string; body?: unknown };
  /** Expected status per caller; an array means any of them (health depends on the host's images). */
  expect: Record<Who, number | number[]>;
  sse?: boolean;
}

const all = (status: number | number[]): Record<Who, number | number[]> => ({
  anonymous: status,
  candidate: status,
  otherCandidate: status,
  interviewer: status,
  admin: status,
});
const authed = (status: number): Record<Who, number> => ({
  anonymous: 401,
  candidate: status,
  otherCandidate: status,
  interviewer: status,
  admin: status,
});
const ownerOrAdmin: Record<Who, number> = {
  anonymous: 401,
  candidate: 200,
  otherCandidate: 404,
  interviewer: 404,
  admin: 200,
};
const adminOnly = (status: number): Record<Who, number> => ({
  anonymous: 401,
  candidate: 403,
  otherCandidate: 403,
  interviewer: 403,
  admin: status,
});
const ownerOnly: Record<Who, number> = {
  anonymous: 401,
  candidate: 200,
  otherCandidate: 404,
  interviewer: 404,
  admin: 404,
};

const TABLE: Record<string, Entry> = {
  'GET /api/health': { request: () => ({ path: '/api/health' }), expect: all([200, 503]) },
  'POST /api/auth/register': {
    request: (ctx) => ({
      path: '/api/auth/register',
      body: { email: `new-${ctx.n}-${Date.now()}@example.com`, password: 'long-enough-password', displayName: 'New' },
    }),
    expect: all(201),
  },
  'POST /api/auth/login': {
    request: (ctx) => ({
      path: '/api/auth/login',
      body: { email: ctx.users.candidate.email, password: ctx.users.candidate.password },
    }),
    expect: all(200),
  },
  'POST /api/auth/refresh': { request: () => ({ path: '/api/auth/refresh' }), expect: all(401) },
  'POST /api/auth/logout': { request: () => ({ path: '/api/auth/logout' }), expect: all(204) },
  'GET /api/me': { request: () => ({ path: '/api/me' }), expect: authed(200) },
  'GET /api/me/progress': { request: () => ({ path: '/api/me/progress' }), expect: authed(200) },
  'GET /api/problems': { request: () => ({ path: '/api/problems' }), expect: all(200) },
  'GET /api/problems/:slug': { request: () => ({ path: '/api/problems/sum-two' }), expect: all(200) },
  'GET /api/tags': { request: () => ({ path: '/api/tags' }), expect: all(200) },
  'GET /api/languages': { request: () => ({ path: '/api/languages' }), expect: all(200) },
  'GET /api/problems/:slug/drafts/:language': {
    request: () => ({ path: '/api/problems/sum-two/drafts/python' }),
    expect: ownerOnly,
  },
  'PUT /api/problems/:slug/drafts/:language': {
    request: () => ({ path: '/api/problems/sum-two/drafts/java', body: { source: 'class Main {}' } }),
    expect: authed(200),
  },
  'POST /api/submissions': {
    request: () => ({
      path: '/api/submissions',
      body: { problem: 'sum-two', language: 'python', mode: 'run', source: 'print(3)' },
    }),
    expect: authed(202),
  },
  'GET /api/submissions': { request: () => ({ path: '/api/submissions' }), expect: authed(200) },
  'GET /api/submissions/:id': {
    request: (ctx) => ({ path: `/api/submissions/${ctx.submissionId}` }),
    expect: ownerOrAdmin,
  },
  'GET /api/submissions/:id/events': {
    request: (ctx) => ({ path: `/api/submissions/${ctx.submissionId}/events` }),
    expect: ownerOrAdmin,
    sse: true,
  },
  'GET /api/admin/users': { request: () => ({ path: '/api/admin/users?q=target' }), expect: adminOnly(200) },
  'GET /api/admin/users/:id': {
    request: (ctx) => ({ path: `/api/admin/users/${ctx.targetUserId}` }),
    expect: adminOnly(200),
  },
  'PUT /api/admin/users/:id/role': {
    request: (ctx) => ({ path: `/api/admin/users/${ctx.targetUserId}/role`, body: { role: 'interviewer' } }),
    expect: adminOnly(200),
  },
  'POST /api/admin/users/:id/disable': {
    request: (ctx) => ({ path: `/api/admin/users/${ctx.targetUserId}/disable` }),
    expect: adminOnly(200),
  },
  'POST /api/admin/users/:id/enable': {
    request: (ctx) => ({ path: `/api/admin/users/${ctx.targetUserId}/enable` }),
    expect: adminOnly(200),
  },
  'GET /api/admin/audit': { request: () => ({ path: '/api/admin/audit' }), expect: adminOnly(200) },
  'GET /api/admin/queue': { request: () => ({ path: '/api/admin/queue' }), expect: adminOnly(200) },
  'POST /api/admin/queue/jobs/:id/retry': {
    request: () => ({ path: '/api/admin/queue/jobs/no-such-job/retry' }),
    expect: adminOnly(404),
  },
};

describe('authorization matrix', () => {
  let t: TestApp;
  let ctx: Ctx;

  beforeAll(async () => {
    t = await startTestApp({ env: { LOGIN_ATTEMPTS_PER_MINUTE: '50' } });
    await t.importProblem(sampleStdioProblem());
    const [candidate, otherCandidate, interviewer, admin, target] = await Promise.all([
      t.register('candidate'),
      t.register('candidate'),
      t.register('interviewer'),
      t.register('admin'),
      t.register('candidate'),
    ]);
    const created = await call(t.url, 'POST', '/api/submissions', {
      token: candidate.token,
      body: { problem: 'sum-two', language: 'python', mode: 'submit', source: 'print(3)' },
    });
    // Finished, so its event stream ends at once.
    await t.app.get(JudgingService).finish(created.body.id, { verdict: 'accepted', cpuMs: 1, memoryKb: 1, tests: [] });
    await call(t.url, 'PUT', '/api/problems/sum-two/drafts/python', {
      token: candidate.token,
      body: { source: 'print(3)' },
    });
    ctx = {
      users: { candidate, otherCandidate, interviewer, admin },
      submissionId: created.body.id,
      targetUserId: target.userId,
      n: 0,
    };
  });
  afterAll(async () => {
    await t?.close();
  });

  it('has an entry for every route the app serves, and no stale ones', () => {
    const served = listRoutes(t.app).map((r) => `${r.method} ${r.path}`);
    expect([...served].sort()).toEqual(Object.keys(TABLE).sort());
  });

  for (const [route, entry] of Object.entries(TABLE)) {
    it(route, async () => {
      const method = route.split(' ')[0];
      const seen: Record<string, number> = {};
      for (const who of WHO) {
        ctx.n++;
        const { path, body } = entry.request(ctx, who);
        const token = who === 'anonymous' ? undefined : ctx.users[who].token;
        let status: number;
        if (entry.sse) {
          const stream = await openSse(`${t.url}${path}`, token);
          status = stream.status;
          if (status === 200) await stream.collect();
          stream.close();
        } else {
          status = (await call(t.url, method, path, { token, body })).status;
        }
        seen[who] = status;
      }
      for (const who of WHO) {
        const want = entry.expect[who];
        expect(Array.isArray(want) ? want : [want], `${route} as ${who} answered ${seen[who]}`).toContain(seen[who]);
      }
    });
  }

  it('never shows hidden tests or references to non-admins', async () => {
    for (const who of WHO) {
      const token = who === 'anonymous' ? undefined : ctx.users[who].token;
      const res = await call(t.url, 'GET', '/api/problems/sum-two', { token });
      expect(res.body.hiddenTests !== undefined, who).toBe(who === 'admin');
      expect(res.body.referenceSolutions !== undefined, who).toBe(who === 'admin');
    }
  });
});
