/**
 * Hostile and broken input: each is answered with the right 4xx and a stable code, nothing is
 * stored, and the server keeps serving.
 */
import { connect } from 'node:net';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestUser } from '../../../test/support/app';
import { call } from '../../../test/support/http';
import { sampleStdioProblem } from '../../../test/support/problems';
import { JSON_MAX_DEPTH } from '../src/common/body-parsing';

describe('bad input', () => {
  let t: TestApp;
  let user: TestUser;
  const counts = async () => {
    const [row] = await t.app
      .get(DataSource)
      .query(
        'SELECT (SELECT count(*) FROM submissions)::int AS submissions, (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM drafts)::int AS drafts',
      );
    return row as { submissions: number; users: number; drafts: number };
  };
  let before: { submissions: number; users: number; drafts: number };

  beforeAll(async () => {
    // Generous rate limits: this suite fires many requests on purpose.
    t = await startTestApp({
      env: {
        SUBMISSIONS_PER_MINUTE: '1000',
        LOGIN_ATTEMPTS_PER_MINUTE: '1000',
        LOGIN_ATTEMPTS_PER_ADDRESS_PER_MINUTE: '1000',
      },
    });
    await t.importProblem(sampleStdioProblem());
    user = await t.register();
    before = await counts();
  });
  afterAll(async () => {
    await t?.close();
  });

  const valid = { problem: 'sum-two', language: 'python', mode: 'submit', source: 'print(1)' };
  const post = (body: unknown, headers?: Record<string, string>) =>
    call(t.url, 'POST', '/api/submissions', { token: user.token, body, headers });

  it('malformed JSON → 400 malformed_json', async () => {
    for (const raw of ['{', '{"problem":', "{'a':1}", '[1,2', 'nul', '{"a":1}}']) {
      const res = await post(raw, { 'content-type': 'application/json' });
      expect(res.status, raw).toBe(400);
      expect(res.body.code).toBe('malformed_json');
      expect(res.body.statusCode).toBe(400);
      expect(res.body.requestId).toBe(res.headers.get('x-request-id'));
    }
  });

  it('wrong types → 400 validation_failed naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ...valid, source: 123 }, 'source'],
      [{ ...valid, source: ['print(1)'] }, 'source'],
      [{ ...valid, mode: 'execute' }, 'mode'],
      [{ ...valid, language: 7 }, 'language'],
      [{ ...valid, problem: { slug: 'sum-two' } }, 'problem'],
      [{ ...valid, customInput: 5, mode: 'run' }, 'customInput'],
      [{ ...valid, customInputs: 'one', mode: 'run' }, 'customInputs'],
      [{ ...valid, customInputs: [1], mode: 'run' }, 'customInputs'],
    ];
    for (const [body, field] of cases) {
      const res = await post(body);
      expect(res.status, field).toBe(400);
      expect(res.body.code).toBe('validation_failed');
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    const arrayBody = await post([valid]);
    expect(arrayBody.status).toBe(400);
  });

  it('unknown fields (and prototype tricks) → 400 validation_failed', async () => {
    const extra = await post({ ...valid, userId: 'someone-else', status: 'finished' });
    expect(extra.status).toBe(400);
    expect(extra.body.code).toBe('validation_failed');
    expect(extra.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['status', 'userId']);
    const proto = await post(
      `{"problem":"sum-two","language":"python","mode":"submit","source":"x","__proto__":{"role":"admin"}}`,
      { 'content-type': 'application/json' },
    );
    expect(proto.status).toBe(400);
    expect(proto.body.code).toBe('validation_failed');
    const register = await call(t.url, 'POST', '/api/auth/register', {
      body: { email: 'x@example.com', password: 'long-enough-password', displayName: 'X', role: 'admin' },
    });
    expect(register.status).toBe(400);
    expect(register.body.code).toBe('validation_failed');
  });

  it('bad query parameters → 400', async () => {
    for (const q of [
      'page=abc',
      'pageSize=1000',
      'page=0',
      'difficulty=impossible',
      'sort=random',
      'unknown=1',
      'tags=%3Cscript%3E',
    ]) {
      const res = await call(t.url, 'GET', `/api/problems?${q}`);
      expect(res.status, q).toBe(400);
      expect(res.body.code).toBe('validation_failed');
    }
  });

  it('huge bodies → 413 payload_too_large', async () => {
    const res = await post({ ...valid, source: 'x'.repeat(2 * 1024 * 1024) });
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('payload_too_large');
    // What to trim, in the units people read: the size sent and the limit (API_BODY_LIMIT_BYTES).
    expect(res.body.message).toBe('request body is 2 MB; the API accepts at most 1 MB');
  });

  it('unknown language → 400, language not allowed for the problem → 400 language_not_allowed', async () => {
    const unknown = await post({ ...valid, language: 'cobol' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.code).toBe('validation_failed');
    expect(unknown.body.details[0].field).toBe('language');
    const draft = await call(t.url, 'PUT', '/api/problems/sum-two/drafts/cobol', {
      token: user.token,
      body: { source: 'x' },
    });
    expect(draft.status).toBe(400);
  });

  it('unknown problem → 404 problem_not_found', async () => {
    const res = await post({ ...valid, problem: 'no-such-problem' });
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('problem_not_found');
  });

  it('empty and oversized source → source_empty / source_too_large (bytes, not characters)', async () => {
    for (const source of ['', '   \n\t ']) {
      const res = await post({ ...valid, source });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('source_empty');
    }
    const max = t.config.get('SUBMISSION_MAX_SOURCE_BYTES');
    const ascii = await post({ ...valid, source: 'x'.repeat(max + 1) });
    expect(ascii.status).toBe(413);
    expect(ascii.body.code).toBe('source_too_large');
    // Fewer characters than the limit, more bytes.
    const multibyte = await post({ ...valid, source: 'é'.repeat(Math.ceil(max / 2) + 1) });
    expect(multibyte.status).toBe(413);
    expect(multibyte.body.code).toBe('source_too_large');
    const exact = await post({ ...valid, mode: 'run', source: 'x'.repeat(max) });
    expect(exact.status).toBe(202);
    const customTooBig = await post({ ...valid, mode: 'run', customInput: 'y'.repeat(64 * 1024 + 1) });
    expect(customTooBig.body.code).toBe('custom_input_too_large');
    expect(customTooBig.body.message).toBe('Case 1 is 65537 bytes; your cases may hold at most 64 KB together');
    const customOnSubmit = await post({ ...valid, customInput: '1 2' });
    expect(customOnSubmit.status).toBe(400);
    const casesTooBig = await post({
      ...valid,
      mode: 'run',
      customInputs: ['y'.repeat(40 * 1024), 'y'.repeat(30 * 1024)],
    });
    expect(casesTooBig.body.code).toBe('custom_input_too_large');
    expect(casesTooBig.body.message).toBe(
      'Your 2 cases are 70 KB together (case 1 is the largest, 40 KB); your cases may hold at most 64 KB together',
    );
  });

  it('invalid UTF-8 → 400 invalid_encoding', async () => {
    const raw = Buffer.concat([
      Buffer.from('{"problem":"sum-two","language":"python","mode":"submit","source":"print('),
      Buffer.from([0xff, 0xfe, 0xc3]),
      Buffer.from(')"}'),
    ]);
    const res = await post(raw, { 'content-type': 'application/json' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('invalid_encoding');
  });

  it('non-JSON content types → 415 unsupported_media_type', async () => {
    const res = await post('problem=sum-two&source=x', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(415);
    expect(res.body.code).toBe('unsupported_media_type');
    const text = await post(JSON.stringify(valid), { 'content-type': 'text/plain' });
    expect(text.status).toBe(415);
  });

  it('SQL-ish and script-ish strings → 4xx where they are not valid, never a 500', async () => {
    const sqlish = ["sum-two' OR '1'='1", "'; DROP TABLE submissions; --", 'sum-two"; SELECT pg_sleep(10); --'];
    const scriptish = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)'];
    for (const s of [...sqlish, ...scriptish]) {
      const asProblem = await post({ ...valid, problem: s });
      expect(asProblem.status, s).toBe(400);
      expect(asProblem.body.code).toBe('validation_failed');
      const asLanguage = await post({ ...valid, language: s });
      expect(asLanguage.status, s).toBe(400);
      const asSlug = await call(t.url, 'GET', `/api/problems/${encodeURIComponent(s)}`);
      expect(asSlug.status, s).toBe(404);
      expect(asSlug.body.code).toBe('problem_not_found');
      const asId = await call(t.url, 'GET', `/api/submissions/${encodeURIComponent(s)}`, { token: user.token });
      expect(asId.status, s).toBe(404);
      const asEmail = await call(t.url, 'POST', '/api/auth/login', { body: { email: s, password: s } });
      expect(asEmail.status, s).toBe(401);
      const asSearch = await call(t.url, 'GET', `/api/problems?q=${encodeURIComponent(s)}`);
      expect(asSearch.status, s).toBe(200);
    }
    for (const s of scriptish.filter((x) => /[<>]/.test(x))) {
      const res = await call(t.url, 'POST', '/api/auth/register', {
        body: { email: `s${Math.random()}@example.com`, password: 'long-enough-password', displayName: s },
      });
      expect(res.status, s).toBe(400);
      expect(res.body.code).toBe('validation_failed');
    }
    // Responses are JSON and not sniffable as HTML.
    const res = await call(t.url, 'GET', `/api/problems/${encodeURIComponent('<script>')}`);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it(`JSON nested deeper than ${JSON_MAX_DEPTH} levels → 400 json_too_deep, and the server keeps serving`, async () => {
    const login = (raw: string) =>
      call(t.url, 'POST', '/api/auth/login', { body: raw, headers: { 'content-type': 'application/json' } });
    for (const raw of [
      '['.repeat(2000) + ']'.repeat(2000),
      '{"a":'.repeat(2000) + '1' + '}'.repeat(2000),
      `{"email":"a@example.com","password":"x","extra":${'['.repeat(JSON_MAX_DEPTH)}${']'.repeat(JSON_MAX_DEPTH)}}`,
    ]) {
      const res = await login(raw);
      expect(res.status, raw.slice(0, 20)).toBe(400);
      expect(res.body.code).toBe('json_too_deep');
      expect(res.body.message).toContain(String(JSON_MAX_DEPTH));
    }
    // Exactly at the cap it parses (and fails validation); brackets inside strings do not count.
    const atCap = await login(
      `{"email":"a@example.com","password":"x","extra":${'['.repeat(JSON_MAX_DEPTH - 1)}${']'.repeat(JSON_MAX_DEPTH - 1)}}`,
    );
    expect(atCap.status).toBe(400);
    expect(atCap.body.code).toBe('validation_failed');
    const inString = await login(JSON.stringify({ email: `${'['.repeat(200)}@example.com`, password: 'x' }));
    expect(inString.status).toBe(401);
    const health = await call(t.url, 'GET', '/api/problems');
    expect(health.status).toBe(200);
  });

  it('NUL and other control characters → 400 invalid_characters naming the field, on every route taking text', async () => {
    const reg = (over: Record<string, string>) => ({
      email: `c${Math.random()}@example.com`,
      password: 'long-enough-password',
      displayName: 'C',
      ...over,
    });
    const cases: [string, string, unknown, string][] = [
      ['POST', '/api/auth/login', { email: 'a\u0000@example.com', password: 'x' }, 'email'],
      ['POST', '/api/auth/login', { email: 'a\n@example.com', password: 'x' }, 'email'],
      ['POST', '/api/auth/register', reg({ email: 'n\u0000ul@example.com' }), 'email'],
      ['POST', '/api/auth/register', reg({ displayName: 'Ada\u0000' }), 'displayName'],
      ['POST', '/api/auth/register', reg({ displayName: '\u001b[31mred' }), 'displayName'],
      ['POST', '/api/auth/register', reg({ displayName: 'two\nlines' }), 'displayName'],
      ['GET', '/api/problems?q=%00', undefined, 'q'],
      ['GET', '/api/problems?q=a%1Bb', undefined, 'q'],
      ['GET', '/api/submissions?problem=%00', undefined, 'problem'],
      ['POST', '/api/submissions', { ...valid, source: 'print(1)\u0000' }, 'source'],
      ['POST', '/api/submissions', { ...valid, source: 'print(1)\u001b[2J' }, 'source'],
      ['POST', '/api/submissions', { ...valid, mode: 'run', customInput: '1 2\u0000' }, 'customInput'],
      ['POST', '/api/submissions', { ...valid, problem: 'sum-two\u0000' }, 'problem'],
      ['PUT', '/api/problems/sum-two/drafts/python', { source: 'x = 1\u0000' }, 'source'],
      ['GET', '/api/submissions/%00', undefined, 'id'],
    ];
    for (const [method, path, body, field] of cases) {
      const res = await call(t.url, method, path, { token: user.token, body });
      const label = `${method} ${path} ${JSON.stringify(body)}`;
      expect(res.status, label).toBe(400);
      expect(res.body.code, label).toBe('invalid_characters');
      expect(res.body.message, label).toContain(field);
      expect(
        res.body.details.map((d: { field: string }) => d.field),
        label,
      ).toEqual([field]);
    }
    // Multi-line text keeps tab, newline and carriage return.
    const multiline = await post({
      ...valid,
      mode: 'run',
      source: 'print(1)\r\n\tprint(2)\n',
      customInput: '1\t2\r\n',
    });
    expect(multiline.status).toBe(202);
    // Passwords are only hashed, never stored or shown: any character is just a wrong password.
    const password = await call(t.url, 'POST', '/api/auth/login', { body: { email: user.email, password: 'x\u0000' } });
    expect(password.status).toBe(401);
  });

  it('display names of control or format characters only, with bidi overrides, or blank → 400', async () => {
    for (const displayName of [
      '\u200b\u200b',
      '\u200d',
      'abc\u202edef',
      '\u2066x\u2069',
      'x\ufeff',
      '\u3000\u00a0 ',
      ' \t',
    ]) {
      const res = await call(t.url, 'POST', '/api/auth/register', {
        body: { email: `d${Math.random()}@example.com`, password: 'long-enough-password', displayName },
      });
      expect(res.status, JSON.stringify(displayName)).toBe(400);
      expect(['validation_failed', 'invalid_characters']).toContain(res.body.code);
      expect(res.body.details.map((d: { field: string }) => d.field)).toEqual(['displayName']);
    }
  });

  it('a URL or headers over the server limit → 431 headers_too_large, other unparseable HTTP → 400, as JSON', async () => {
    for (const res of [
      await call(t.url, 'GET', `/api/problems?q=${'a'.repeat(20 * 1024)}`),
      await call(t.url, 'GET', '/api/problems', { headers: { 'x-padding': 'b'.repeat(20 * 1024) } }),
    ]) {
      expect(res.status).toBe(431);
      expect(res.headers.get('content-type')).toContain('application/json');
      expect(res.body).toMatchObject({ statusCode: 431, code: 'headers_too_large' });
      expect(res.body.requestId).toBe(res.headers.get('x-request-id'));
    }
    // Not HTTP at all: 400 malformed_request, still JSON.
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(new URL(t.url).port), '127.0.0.1', () => socket.end('NOT HTTP\r\n\r\n'));
      let data = '';
      socket.on('data', (chunk: Buffer) => (data += chunk.toString()));
      socket.on('close', () => resolve(data));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4))).toMatchObject({ code: 'malformed_request' });
    const health = await call(t.url, 'GET', '/api/problems');
    expect(health.status).toBe(200);
  });

  it('unknown routes → 404 route_not_found with the same body shape', async () => {
    const res = await call(t.url, 'GET', '/api/nope', { token: user.token });
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ statusCode: 404, code: 'route_not_found' });
  });

  it('stored nothing for any rejected request, and still serves', async () => {
    const after = await counts();
    // Exactly two accepted submissions (the exact-limit one, the multi-line one) and no users or drafts.
    expect(after).toEqual({ ...before, submissions: before.submissions + 2 });
    const health = await call(t.url, 'GET', '/api/problems');
    expect(health.status).toBe(200);
    const ok = await post({ ...valid, mode: 'run' });
    expect(ok.status).toBe(202);
  });
});

describe('login throttling per address', () => {
  let t: TestApp;

  beforeAll(async () => {
    // Per address + e-mail generous, per address alone tight: spraying one password over many e-mails.
    t = await startTestApp({ env: { LOGIN_ATTEMPTS_PER_MINUTE: '100', LOGIN_ATTEMPTS_PER_ADDRESS_PER_MINUTE: '4' } });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('one address trying many e-mails → 429 rate_limited with Retry-After, on login and on registration', async () => {
    for (const path of ['/api/auth/login', '/api/auth/register']) {
      const attempt = (i: number) => {
        const credentials = { email: `spray-${i}@example.com`, password: 'Summer24' };
        return call(t.url, 'POST', path, {
          body: path.endsWith('login') ? credentials : { ...credentials, displayName: 'S' },
        });
      };
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await attempt(i)).status);
      const last = await attempt(5);
      statuses.push(last.status);
      // Unknown e-mails fail to log in; new ones register; past the address's budget, 429 either way.
      const untilThrottled = path.endsWith('login') ? 401 : 201;
      expect(statuses, path).toEqual([...Array<number>(4).fill(untilThrottled), 429, 429]);
      expect(last.body.code).toBe('rate_limited');
      expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0);
    }
  });
});
