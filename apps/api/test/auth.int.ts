import { REFRESH_COOKIE_NAME } from '@tryout/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/app';
import { call } from '../../../test/support/http';

function refreshCookie(headers: Headers): string | undefined {
  const raw = headers.getSetCookie().find((c) => c.startsWith(`${REFRESH_COOKIE_NAME}=`));
  return raw?.split(';')[0];
}

describe('auth', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      env: { LOGIN_ATTEMPTS_PER_MINUTE: '5', ADMIN_EMAIL: 'root@example.com', ADMIN_PASSWORD: 'correct-horse-battery' },
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('registers a candidate, sets an httpOnly refresh cookie and answers /api/me', async () => {
    const res = await call(t.url, 'POST', '/api/auth/register', {
      body: { email: 'Ada@Example.com', password: 'analytical-engine', displayName: 'Ada' },
    });
    expect(res.status).toBe(201);
    expect(res.body.user).toMatchObject({ email: 'ada@example.com', displayName: 'Ada', role: 'candidate' });
    expect(res.body.expiresIn).toBeGreaterThan(0);
    const setCookie = res.headers.getSetCookie().join('\n');
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(setCookie).toMatch(/Path=\/api\/auth/);
    const me = await call(t.url, 'GET', '/api/me', { token: res.body.accessToken });
    expect(me.status).toBe(200);
    expect(me.body.email).toBe('ada@example.com');
    expect(me.body).not.toHaveProperty('passwordHash');
  });

  it('refuses a taken e-mail with 409 email_taken', async () => {
    const res = await call(t.url, 'POST', '/api/auth/register', {
      body: { email: 'ada@example.com', password: 'another-password', displayName: 'Ada 2' },
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('email_taken');
  });

  it('rejects a wrong password and an unknown e-mail alike', async () => {
    const wrong = await call(t.url, 'POST', '/api/auth/login', {
      body: { email: 'ada@example.com', password: 'nope-nope-nope' },
    });
    const unknown = await call(t.url, 'POST', '/api/auth/login', {
      body: { email: 'nobody@example.com', password: 'nope-nope-nope' },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.code).toBe('invalid_credentials');
    expect(unknown.body).toMatchObject({ code: wrong.body.code, message: wrong.body.message });
  });

  it('rotates the refresh token and detects reuse by revoking the family', async () => {
    const login = await call(t.url, 'POST', '/api/auth/login', {
      body: { email: 'ada@example.com', password: 'analytical-engine' },
    });
    expect(login.status).toBe(200);
    const first = refreshCookie(login.headers)!;
    const r1 = await call(t.url, 'POST', '/api/auth/refresh', { headers: { cookie: first } });
    expect(r1.status).toBe(200);
    expect(r1.body.accessToken).toEqual(expect.any(String));
    const second = refreshCookie(r1.headers)!;
    expect(second).not.toBe(first);
    // Replaying the rotated token: reuse → the whole family dies, including the fresh one.
    const replay = await call(t.url, 'POST', '/api/auth/refresh', { headers: { cookie: first } });
    expect(replay.status).toBe(401);
    expect(replay.body.code).toBe('refresh_token_reused');
    const afterReuse = await call(t.url, 'POST', '/api/auth/refresh', { headers: { cookie: second } });
    expect(afterReuse.status).toBe(401);
  });

  it('logs out by revoking the refresh token', async () => {
    const login = await call(t.url, 'POST', '/api/auth/login', {
      body: { email: 'ada@example.com', password: 'analytical-engine' },
    });
    const cookie = refreshCookie(login.headers)!;
    const out = await call(t.url, 'POST', '/api/auth/logout', { headers: { cookie } });
    expect(out.status).toBe(204);
    const again = await call(t.url, 'POST', '/api/auth/refresh', { headers: { cookie } });
    expect(again.status).toBe(401);
    const none = await call(t.url, 'POST', '/api/auth/refresh');
    expect(none.body.code).toBe('refresh_token_invalid');
  });

  it('rejects forged and malformed access tokens', async () => {
    const good = await t.register();
    const [h, p] = good.token.split('.');
    for (const token of [`${h}.${p}.forged`, 'not-a-jwt', '']) {
      const res = await call(t.url, 'GET', '/api/me', { headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('unauthorized');
    }
  });

  it('creates the admin from ADMIN_EMAIL/ADMIN_PASSWORD at start-up', async () => {
    const res = await call(t.url, 'POST', '/api/auth/login', {
      body: { email: 'root@example.com', password: 'correct-horse-battery' },
    });
    expect(res.status).toBe(200);
    expect(res.body.user.role).toBe('admin');
  });

  it('throttles login attempts per e-mail with 429 and Retry-After', async () => {
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 7; i++) {
      last = await call(t.url, 'POST', '/api/auth/login', {
        body: { email: 'victim@example.com', password: `guess-${i}-guess` },
      });
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    expect(last?.body.code).toBe('rate_limited');
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another e-mail is not blocked by the victim's counter.
    const other = await call(t.url, 'POST', '/api/auth/login', {
      body: { email: 'ada@example.com', password: 'analytical-engine' },
    });
    expect(other.status).toBe(200);
  });
});
