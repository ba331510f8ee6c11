/**
 * Catalog authoring end to end through the real api + worker (child processes), Postgres, Redis and
 * Docker: a draft is created, fails validation because of a wrong expected answer, is fixed,
 * validated and published (bound to its content hash); a candidate solves it; a hidden test is
 * added, the new version is published and the candidate's submission is rejudged to a new verdict;
 * the version's zip comes back through the importer's loader and `tryout verify` with the same tests
 * byte for byte; archived and never-published problems stay out of reach of non-admins.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import {
  FUNCTION_LANGUAGE_IDS,
  type AuditListResponse,
  type DraftChangesDto,
  type ProblemDraftDto,
  type PublishResultDto,
  type RejudgeDto,
  type ValidationDto,
} from '@tryout/contracts';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from 'pg';
import { createTestDatabase } from '../../../test/support/database';
import { call } from '../../../test/support/http';
import { startStack, type Stack } from '../../../test/support/stack';

const SLUG = 'authoring-sum';
const ADD = 'a, b = map(int, input().split())\nprint(a + b)\n';
const SUBTRACT = 'a, b = map(int, input().split())\nprint(a - b)\n';
/** Right while every number is positive: the candidate's solution the second version rejects. */
const ABS_SUM = 'a, b = map(int, input().split())\nprint(abs(a) + abs(b))\n';

let stack: Stack;
let admin: string;
let candidate: string;

async function login(email: string, password: string): Promise<string> {
  const res = await call(stack.url, 'POST', '/api/auth/login', { body: { email, password } });
  expect(res.status).toBe(200);
  return res.body.accessToken as string;
}

async function until<T>(what: string, fn: () => Promise<T | undefined>, timeoutMs = 180_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${stack.workerLog()}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function validate(draftId: string): Promise<ValidationDto> {
  const started = await call<ValidationDto>(stack.url, 'POST', `/api/admin/drafts/${draftId}/validate`, {
    token: admin,
  });
  expect(started.status).toBe(202);
  expect(started.body.status).toBe('queued');
  return until('the validation', async () => {
    const res = await call<ValidationDto>(stack.url, 'GET', `/api/admin/drafts/${draftId}/validation`, {
      token: admin,
    });
    expect(res.status).toBe(200);
    return ['queued', 'running'].includes(res.body.status) ? undefined : res.body;
  });
}

async function submission(token: string, id: string): Promise<{ status: string; verdict: string | null }> {
  return until('the verdict', async () => {
    const res = await call(stack.url, 'GET', `/api/submissions/${id}`, { token });
    return res.body.status === 'finished' ? res.body : undefined;
  });
}

async function cli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; out: string }> {
  const child = spawn(process.execPath, ['-r', './scripts/register.cjs', 'apps/cli/src/main.ts', ...args], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  const [code] = (await once(child, 'exit')) as [number];
  return { code, out };
}

interface StoredTest {
  name: string;
  hidden: boolean;
  input: string;
  answer: string;
}

/** The problem's tests in a database, in judging order: of `version`, or of its newest version. */
async function tests(url: string, version?: number): Promise<StoredTest[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const res = await client.query<StoredTest>(
      `SELECT t.name, t.hidden, t.input, t.answer
         FROM problem_tests t JOIN problem_versions v ON v.id = t.version_id
        WHERE v.problem_id = (SELECT id FROM problems WHERE slug = $1)
          AND v.version = COALESCE($2, (SELECT max(version) FROM problem_versions w WHERE w.problem_id = v.problem_id))
        ORDER BY t.index`,
      [SLUG, version ?? null],
    );
    return res.rows;
  } finally {
    await client.end();
  }
}

describe('authoring', { timeout: 300_000 }, () => {
  let draft: ProblemDraftDto;
  let problemId: string;
  let candidateSubmission: string;

  beforeAll(async () => {
    stack = await startStack({ problems: [] });
    admin = await login(stack.admin.email, stack.admin.password);
    const reg = await call(stack.url, 'POST', '/api/auth/register', {
      body: { email: `cand-${Date.now()}@tryout.test`, password: 'correct horse battery', displayName: 'Cand' },
    });
    expect(reg.status).toBe(201);
    candidate = reg.body.accessToken as string;
  }, 180_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it('creates a draft nobody but admins can reach', async () => {
    const created = await call<ProblemDraftDto>(stack.url, 'POST', '/api/admin/drafts', {
      token: admin,
      body: { slug: SLUG, title: 'Authoring Sum', type: 'stdio' },
    });
    expect(created.status).toBe(201);
    draft = created.body;
    problemId = draft.problemId;
    expect(draft.validation).toBe('none');
    // Never validated is a state, not an error: 200 with the JSON null (the editor asks on every load).
    const none = await fetch(`${stack.url}/api/admin/drafts/${draft.id}/validation`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(none.status).toBe(200);
    expect(none.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await none.text()).toBe('null');
    expect(
      (
        await call(stack.url, 'POST', '/api/admin/drafts', {
          token: admin,
          body: { slug: SLUG, title: 'x', type: 'stdio' },
        })
      ).body.code,
    ).toBe('slug_taken');

    expect((await call(stack.url, 'GET', `/api/problems/${SLUG}`, { token: candidate })).status).toBe(404);
    expect((await call(stack.url, 'GET', `/api/problems/${SLUG}`)).status).toBe(404);
    const list = await call(stack.url, 'GET', '/api/problems', { token: candidate });
    expect(list.body.items.map((p: { slug: string }) => p.slug)).not.toContain(SLUG);
    expect((await call(stack.url, 'GET', `/api/admin/drafts/${draft.id}`, { token: candidate })).status).toBe(403);
    expect((await call(stack.url, 'GET', '/api/admin/problems', { token: candidate })).status).toBe(403);
    const admins = await call(stack.url, 'GET', '/api/admin/problems?status=draft', { token: admin });
    expect(admins.body.items).toEqual([
      expect.objectContaining({
        id: problemId,
        slug: SLUG,
        status: 'draft',
        number: null,
        draftId: draft.id,
        validation: 'none',
      }),
    ]);
    expect(admins.body.items[0].lastEditor.label).toBe(stack.admin.email);
  });

  it('edits content and tests; refuses what the judge could not use', async () => {
    const bad = await call(stack.url, 'PATCH', `/api/admin/drafts/${draft.id}`, {
      token: admin,
      body: {
        tags: ['no-such-tag'],
        solutions: [{ path: 'accepted/x.py', language: 'python', expected: ['wrong_answer'], source: ADD }],
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('validation_failed');
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['solutions[0].expected', 'tags']);

    const patched = await call<ProblemDraftDto>(stack.url, 'PATCH', `/api/admin/drafts/${draft.id}`, {
      token: admin,
      body: {
        statement: 'Read two integers and print their **sum**.\n\n$a + b$',
        difficulty: 'easy',
        tags: ['math'],
        hints: ['Add them.'],
        editorial: 'Add the two numbers.',
        limits: { timeLimitMs: 2000, memoryMb: 256, outputMb: 8, timeMultiplier: 2, timeSafetyMargin: 1.5 },
        solutions: [
          { path: 'accepted/add.py', language: 'python', expected: ['accepted'], source: ADD },
          { path: 'wrong_answer/subtract.py', language: 'python', expected: ['wrong_answer'], source: SUBTRACT },
        ],
      },
    });
    expect(patched.status).toBe(200);
    const add = (hidden: boolean, input: string, answer: string, name?: string) =>
      call(stack.url, 'POST', `/api/admin/drafts/${draft.id}/tests`, {
        token: admin,
        body: { hidden, input, answer, ...(name ? { name } : {}) },
      });
    expect((await add(false, '1 2\n', '3\n')).status).toBe(201);
    expect((await add(false, '5 7\n', '12\n')).status).toBe(201);
    expect((await add(true, '100 200\n', '300\n')).body.name).toBe('01');
    // Deliberately wrong: validation must catch it.
    const wrong = await add(true, '20 22\n', '41\n', 'wrong');
    expect(wrong.status).toBe(201);
    const big = await add(true, '', '', 'big');
    // A test file over the 1 MiB JSON limit goes through the streamed route.
    const bigInput = `4 5${' '.repeat(1_500_000)}\n`;
    const uploaded = await call(stack.url, 'PUT', `/api/admin/drafts/${draft.id}/tests/${big.body.id}/input`, {
      token: admin,
      body: Buffer.from(bigInput),
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect(uploaded.status).toBe(200);
    expect(uploaded.body).toMatchObject({ inputBytes: bigInput.length, input: null });
    await call(stack.url, 'PUT', `/api/admin/drafts/${draft.id}/tests/${big.body.id}/answer`, {
      token: admin,
      body: '9\n',
      headers: { 'content-type': 'text/plain' },
    });
    const raw = await fetch(`${stack.url}/api/admin/drafts/${draft.id}/tests/${big.body.id}/input`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(await raw.text()).toBe(bigInput);
    const tooBig = await call(stack.url, 'POST', `/api/admin/drafts/${draft.id}/tests`, {
      token: admin,
      body: { hidden: true, input: bigInput, answer: '9\n' },
    });
    expect(tooBig.status).toBe(413);

    draft = (await call<ProblemDraftDto>(stack.url, 'GET', `/api/admin/drafts/${draft.id}`, { token: admin })).body;
    // Judging order: samples, then hidden, each in the package order of names (as import reads folders).
    expect(draft.tests.map((t) => [t.name, t.hidden])).toEqual([
      ['01', false],
      ['02', false],
      ['01', true],
      ['big', true],
      ['wrong', true],
    ]);
  });

  it('validation through the worker fails on the wrong answer; publish is refused', async () => {
    const v = await validate(draft.id);
    expect(v.status).toBe('failed');
    expect(v.current).toBe(true);
    const accepted = v.solutions.find((s) => s.path === 'accepted/add.py')!;
    expect(accepted).toMatchObject({ status: 'done', got: 'wrong_answer', ok: false });
    expect(accepted.detail).toContain('secret/wrong');
    // Per-test progress: the tests it ran, in order, up to the failing one.
    expect(accepted.tests.map((t) => [t.name, t.verdict])).toEqual([
      ['sample/01', 'accepted'],
      ['sample/02', 'accepted'],
      ['secret/01', 'accepted'],
      ['secret/big', 'accepted'],
      ['secret/wrong', 'wrong_answer'],
    ]);
    expect(v.solutions.find((s) => s.path === 'wrong_answer/subtract.py')).toMatchObject({
      got: 'wrong_answer',
      ok: true,
    });

    const refused = await call(stack.url, 'POST', `/api/admin/drafts/${draft.id}/publish`, { token: admin });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('validation_required');
  });

  it('publish is bound to the content hash the validation passed on', async () => {
    const wrong = draft.tests.find((t) => t.name === 'wrong')!;
    await call(stack.url, 'PATCH', `/api/admin/drafts/${draft.id}/tests/${wrong.id}`, {
      token: admin,
      body: { answer: '42\n', name: 'fixed' },
    });
    const v = await validate(draft.id);
    expect(v.status).toBe('passed');
    expect(v.solutions.every((s) => s.ok)).toBe(true);
    expect(v.timeLimitMs).toBe(2000);

    // Presentation does not change a verdict: the pass still holds.
    await call(stack.url, 'PATCH', `/api/admin/drafts/${draft.id}`, {
      token: admin,
      body: { title: 'Authoring Sum!' },
    });
    expect(
      (await call(stack.url, 'GET', `/api/admin/drafts/${draft.id}/validation`, { token: admin })).body.current,
    ).toBe(true);
    // A test change does: publish is refused until the content is back to what passed.
    await call(stack.url, 'PATCH', `/api/admin/drafts/${draft.id}/tests/${wrong.id}`, {
      token: admin,
      body: { answer: '43\n' },
    });
    expect((await call(stack.url, 'GET', `/api/admin/drafts/${draft.id}`, { token: admin })).body.validation).toBe(
      'stale',
    );
    expect((await call(stack.url, 'POST', `/api/admin/drafts/${draft.id}/publish`, { token: admin })).status).toBe(409);
    await call(stack.url, 'PATCH', `/api/admin/drafts/${draft.id}/tests/${wrong.id}`, {
      token: admin,
      body: { answer: '42\n' },
    });
    expect((await call(stack.url, 'GET', `/api/admin/drafts/${draft.id}`, { token: admin })).body.validation).toBe(
      'passed',
    );

    const published = await call<PublishResultDto>(stack.url, 'POST', `/api/admin/drafts/${draft.id}/publish`, {
      token: admin,
    });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ problemId, slug: SLUG, version: 1, newVersion: true });
    expect((await call(stack.url, 'GET', `/api/admin/drafts/${draft.id}`, { token: admin })).status).toBe(404);
  });

  it('a candidate sees the published version without its hidden tests, and solves it', async () => {
    const detail = await call(stack.url, 'GET', `/api/problems/${SLUG}`, { token: candidate });
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ title: 'Authoring Sum!', version: 1, hiddenTestCount: 3 });
    expect(detail.body.samples).toHaveLength(2);
    expect(detail.body.hiddenTests).toBeUndefined();
    expect(JSON.stringify(detail.body)).not.toContain('100 200');

    const created = await call(stack.url, 'POST', '/api/submissions', {
      token: candidate,
      body: { problem: SLUG, language: 'python', mode: 'submit', source: ABS_SUM },
    });
    expect(created.status).toBe(202);
    candidateSubmission = created.body.id as string;
    expect((await submission(candidate, candidateSubmission)).verdict).toBe('accepted');
    const list = await call(stack.url, 'GET', '/api/problems', { token: candidate });
    expect(list.body.items.find((p: { slug: string }) => p.slug === SLUG).solved).toBe(true);
  });

  it('a new version with a changed hidden test; rejudge changes the verdict and solved status follows', async () => {
    const opened = await call<ProblemDraftDto>(stack.url, 'POST', `/api/admin/problems/${problemId}/draft`, {
      token: admin,
    });
    expect(opened.status).toBe(200);
    expect(opened.body.baseVersion).toBe(1);
    // Nothing changed yet: publishing would add no version.
    const unchanged = await call<DraftChangesDto>(stack.url, 'GET', `/api/admin/drafts/${opened.body.id}/changes`, {
      token: admin,
    });
    expect(unchanged.body).toMatchObject({ baseVersion: 1, newVersion: false, tests: [], fields: [] });

    const hidden = opened.body.tests.find((t) => t.name === '01' && t.hidden)!;
    await call(stack.url, 'PATCH', `/api/admin/drafts/${opened.body.id}/tests/${hidden.id}`, {
      token: admin,
      body: { input: '-100 -200\n', answer: '-300\n' },
    });
    const changes = await call<DraftChangesDto>(stack.url, 'GET', `/api/admin/drafts/${opened.body.id}/changes`, {
      token: admin,
    });
    expect(changes.body.newVersion).toBe(true);
    // Only the test changed: no field is listed (the publish dialog shows this list).
    expect(changes.body.fields).toEqual([]);
    expect(changes.body.tests).toEqual([
      {
        name: 'secret/01',
        change: 'changed',
        inputChanged: true,
        answerChanged: true,
        answerBefore: '300\n',
        answerAfter: '-300\n',
      },
    ]);
    expect((await validate(opened.body.id)).status).toBe('passed');
    const published = await call<PublishResultDto>(stack.url, 'POST', `/api/admin/drafts/${opened.body.id}/publish`, {
      token: admin,
    });
    expect(published.body).toMatchObject({ version: 2, newVersion: true });

    // The past submission keeps the version it was judged on until it is rejudged.
    const detail = await call(stack.url, 'GET', `/api/admin/problems/${problemId}`, { token: admin });
    expect(
      detail.body.versions.map((v: { version: number; submissionCount: number }) => [v.version, v.submissionCount]),
    ).toEqual([
      [2, 0],
      [1, 1],
    ]);

    const started = await call<RejudgeDto>(stack.url, 'POST', `/api/admin/problems/${problemId}/rejudge`, {
      token: admin,
    });
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ toVersion: 2, total: 1, status: 'running' });
    const report = await until('the rejudge', async () => {
      const res = await call<RejudgeDto>(stack.url, 'GET', `/api/admin/rejudges/${started.body.id}`, { token: admin });
      return res.body.status === 'finished' ? res.body : undefined;
    });
    expect(report).toMatchObject({ done: 1, changedCount: 1 });
    expect(report.changed).toEqual([
      expect.objectContaining({
        submissionId: candidateSubmission,
        fromVersion: 1,
        before: 'accepted',
        after: 'wrong_answer',
        language: 'python',
      }),
    ]);
    expect(
      (await call(stack.url, 'GET', `/api/submissions/${candidateSubmission}`, { token: candidate })).body.verdict,
    ).toBe('wrong_answer');
    const list = await call(stack.url, 'GET', '/api/problems', { token: candidate });
    expect(list.body.items.find((p: { slug: string }) => p.slug === SLUG).solved).toBe(false);
  });

  it('a version downloads as a zip that tryout verify passes and tryout import loads into an empty database, tests byte for byte', async () => {
    const res = await fetch(`${stack.url}/api/admin/problems/${problemId}/versions/2/package`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/zip');
    const zip = Buffer.from(await res.arrayBuffer());
    const files = unzipSync(new Uint8Array(zip));
    const text = (path: string) => strFromU8(files[`${SLUG}/${path}`]);
    expect(text('data/secret/big.in')).toBe(`4 5${' '.repeat(1_500_000)}\n`);
    expect(text('data/secret/01.in')).toBe('-100 -200\n');
    expect(text('data/secret/fixed.ans')).toBe('42\n');
    expect(text('submissions/accepted/add.py')).toBe(ADD);

    // Uploaded back: the same problem (uuid), a draft whose tests equal version 2's byte for byte.
    const back = await call<ProblemDraftDto>(stack.url, 'POST', '/api/admin/packages', {
      token: admin,
      body: zip,
      headers: { 'content-type': 'application/zip' },
    });
    expect(back.status).toBe(201);
    expect(back.body.problemId).toBe(problemId);
    const changes = await call<DraftChangesDto>(stack.url, 'GET', `/api/admin/drafts/${back.body.id}/changes`, {
      token: admin,
    });
    expect(changes.body).toMatchObject({ baseVersion: 2, newVersion: false, tests: [] });
    expect((await call(stack.url, 'POST', '/api/admin/packages', { token: admin, body: zip })).body.code).toBe(
      'draft_exists',
    );
    expect((await call(stack.url, 'DELETE', `/api/admin/drafts/${back.body.id}`, { token: admin })).status).toBe(204);

    // `tryout verify` on the unpacked folder judges the solutions again and passes.
    const root = await mkdtemp(join(tmpdir(), 'authoring-zip-'));
    try {
      for (const [path, data] of Object.entries(files)) {
        await mkdir(dirname(join(root, path)), { recursive: true });
        await writeFile(join(root, path), data);
      }
      const verified = await cli(['verify', join(root, SLUG)], stack.env);
      expect(verified.code, verified.out).toBe(0);

      // `tryout import` of the same folder into an empty database: its tests equal version 2's, byte
      // for byte, and equal the zip's files.
      const empty = await createTestDatabase();
      try {
        expect(await tests(empty.url)).toEqual([]);
        const imported = await cli(['import', join(root, SLUG)], { ...stack.env, DATABASE_URL: empty.url });
        expect(imported.code, imported.out).toBe(0);
        const copy = await tests(empty.url);
        const original = await tests(stack.env.DATABASE_URL as string, 2);
        expect(copy.length).toBe(Object.keys(files).filter((p) => p.endsWith('.in')).length);
        expect(copy.map((t) => [t.name, t.hidden, Buffer.from(t.input), Buffer.from(t.answer)])).toEqual(
          original.map((t) => [t.name, t.hidden, Buffer.from(t.input), Buffer.from(t.answer)]),
        );
        for (const t of copy) {
          expect(Buffer.from(t.input).equals(Buffer.from(files[`${SLUG}/data/${t.name}.in`]))).toBe(true);
          expect(Buffer.from(t.answer).equals(Buffer.from(files[`${SLUG}/data/${t.name}.ans`]))).toBe(true);
        }
      } finally {
        await empty.drop();
      }
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('a package with errors is refused with errors per file', async () => {
    const broken = zipSync({
      'broken-pkg/problem.yaml': new TextEncoder().encode(
        'name: Broken\nuuid: 9b2f3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d\ntype: stdio\ndifficulty: easy\n',
      ),
      'broken-pkg/statement/problem.en.md': new TextEncoder().encode('Broken.'),
      'broken-pkg/data/sample/1.in': new TextEncoder().encode('1\n'),
    });
    const res = await call(stack.url, 'POST', '/api/admin/packages', { token: admin, body: Buffer.from(broken) });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('package_invalid');
    expect(res.body.details).toEqual([expect.objectContaining({ field: 'data/sample/1.in' })]);
  });

  it('refuses duplicate names, custom checking on a function problem, and a package the editor could not keep', async () => {
    const fn = await call<ProblemDraftDto>(stack.url, 'POST', '/api/admin/drafts', {
      token: admin,
      body: { slug: 'authoring-dupes', title: 'Dupes', type: 'function' },
    });
    expect(fn.status).toBe(201);
    const patch = (body: Record<string, unknown>) =>
      call(stack.url, 'PATCH', `/api/admin/drafts/${fn.body.id}`, { token: admin, body });
    const fields = (res: { body: { details: { field: string }[] } }) => res.body.details.map((d) => d.field);
    const dupParams = await patch({
      callable: {
        kind: 'function',
        name: 'f',
        params: [
          { name: 'x', type: 'int' },
          { name: 'x', type: 'int' },
        ],
        returns: 'int',
        compare: 'exact',
      },
    });
    expect(dupParams.status).toBe(400);
    expect(dupParams.body.code).toBe('validation_failed');
    expect(fields(dupParams)).toEqual(['callable.params[1].name']);
    const dupMethods = await patch({
      callable: {
        kind: 'class',
        name: 'C',
        constructorParams: [],
        methods: [
          { name: 'get', params: [], returns: 'int' },
          { name: 'get', params: [], returns: 'int' },
        ],
        compare: 'exact',
      },
    });
    expect(fields(dupMethods)).toEqual(['callable.methods[1].name']);
    const custom = await patch({ checking: { kind: 'custom', flags: [] } });
    expect(custom.status).toBe(400);
    expect(fields(custom)).toEqual(['checking.kind']);
    expect((await call(stack.url, 'DELETE', `/api/admin/drafts/${fn.body.id}`, { token: admin })).status).toBe(204);

    // The package loader takes 4096 MiB; the editor allows up to 2048, so such a draft could never be saved.
    const text = (v: string) => new TextEncoder().encode(v);
    const huge = zipSync({
      'huge-memory/problem.yaml': text(
        'name: Huge Memory\nuuid: 3c1d2e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f\ntype: stdio\ndifficulty: easy\nlimits:\n  memory: 4096\n',
      ),
      'huge-memory/statement/problem.en.md': text('Echo the number.'),
      'huge-memory/data/sample/1.in': text('1\n'),
      'huge-memory/data/sample/1.ans': text('1\n'),
      'huge-memory/data/secret/1.in': text('2\n'),
      'huge-memory/data/secret/1.ans': text('2\n'),
      'huge-memory/submissions/accepted/echo.py': text('print(input())\n'),
    });
    const res = await call(stack.url, 'POST', '/api/admin/packages', { token: admin, body: Buffer.from(huge) });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('package_invalid');
    expect(fields(res)).toEqual(['limits.memoryMb']);
  });

  it('a Kattis package uploads as a draft with its custom validator, which Validate runs in the worker', async () => {
    const dir = 'test/kattis/pairfinder';
    const files: Record<string, Uint8Array> = {};
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true }))
      if (entry.isFile()) {
        const path = join(entry.parentPath, entry.name);
        files[`pairfinder/${relative(dir, path)}`] = new Uint8Array(await readFile(path));
      }
    const uploaded = await call<ProblemDraftDto>(stack.url, 'POST', '/api/admin/packages', {
      token: admin,
      body: Buffer.from(zipSync(files)),
    });
    expect(uploaded.status).toBe(201);
    const content = uploaded.body.content;
    expect(content).toMatchObject({
      slug: 'pairfinder',
      title: 'Pair Finder',
      type: 'stdio',
      checking: { kind: 'custom', flags: ['one_based'] },
      limits: { timeLimitMs: null, memoryMb: 512 },
    });
    expect(content.validator?.language).toBe('cpp');
    expect(content.validator?.files.map((f) => f.path).sort()).toEqual(['validate.cpp', 'validate.h']);
    expect(uploaded.body.tests.filter((t) => !t.hidden)).toHaveLength(2);
    expect(uploaded.body.tests).toHaveLength(13);
    expect(content.solutions.map((x) => x.path)).toContain('wrong_answer/zero_based.py');

    // Keep two Python solutions so Validate stays quick; the C++ validator still judges every test.
    const keep = content.solutions.filter((x) =>
      ['accepted/sorting.py', 'wrong_answer/zero_based.py'].includes(x.path),
    );
    const patched = await call(stack.url, 'PATCH', `/api/admin/drafts/${uploaded.body.id}`, {
      token: admin,
      body: { solutions: keep },
    });
    expect(patched.status).toBe(200);
    const v = await validate(uploaded.body.id);
    expect(v.status, JSON.stringify(v.solutions.map((x) => [x.path, x.got, x.detail]))).toBe('passed');
    expect(v.timeLimitSource).toBe('derived');
    const got = Object.fromEntries(v.solutions.map((x) => [x.path, x.got]));
    // zero_based prints 0-based indices: only the custom validator (one_based) can reject it.
    expect(got).toEqual({ 'accepted/sorting.py': 'accepted', 'wrong_answer/zero_based.py': 'wrong_answer' });
    expect(
      v.solutions.find((x) => x.path === 'accepted/sorting.py')?.tests.every((t) => t.verdict === 'accepted'),
    ).toBe(true);
    expect((await call(stack.url, 'DELETE', `/api/admin/drafts/${uploaded.body.id}`, { token: admin })).status).toBe(
      204,
    );
  });

  it('a Kattis package of a kind we cannot judge is refused with what is unsupported', async () => {
    const text = (v: string) => new TextEncoder().encode(v);
    const interactive = zipSync({
      'guess/problem.yaml': text('problem_format_version: 2025-09\nname: Guess\ntype: interactive\n'),
      'guess/statement/problem.en.md': text('Guess the number.'),
    });
    const res = await call(stack.url, 'POST', '/api/admin/packages', { token: admin, body: Buffer.from(interactive) });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('package_invalid');
    expect(JSON.stringify(res.body.details)).toContain('interactive problems are not supported yet');
  });

  it('a design problem from scratch: class spec, operation tests, validated and published with a starter per language', async () => {
    const slug = 'authoring-hit-counter';
    const created = await call<ProblemDraftDto>(stack.url, 'POST', '/api/admin/drafts', {
      token: admin,
      body: { slug, title: 'Hit Counter', type: 'function' },
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    const counter = (extra: string) =>
      `class HitCounter:\n    def __init__(self, window: int):\n        self.window = window\n        self.hits = []\n\n` +
      `    def hit(self, t: int) -> None:\n        self.hits.append(t)\n\n` +
      `    def count(self, t: int) -> int:\n        return sum(1 for h in self.hits if t - self.window < h <= t)${extra}\n`;
    const patched = await call<ProblemDraftDto>(stack.url, 'PATCH', `/api/admin/drafts/${id}`, {
      token: admin,
      body: {
        statement: 'Count the hits of the last `window` seconds.',
        tags: ['design'],
        callable: {
          kind: 'class',
          name: 'HitCounter',
          constructorParams: [{ name: 'window', type: 'int' }],
          methods: [
            { name: 'hit', params: [{ name: 't', type: 'int' }], returns: 'void' },
            { name: 'count', params: [{ name: 't', type: 'int' }], returns: 'int' },
          ],
          compare: 'exact',
        },
        solutions: [
          { path: 'accepted/counter.py', language: 'python', expected: ['accepted'], source: counter('') },
          {
            path: 'wrong_answer/off_by_one.py',
            language: 'python',
            expected: ['wrong_answer'],
            source: counter(' + 1'),
          },
        ],
      },
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    const add = (hidden: boolean, input: string, answer: string) =>
      call(stack.url, 'POST', `/api/admin/drafts/${id}/tests`, { token: admin, body: { hidden, input, answer } });
    for (const [hidden, input, answer] of [
      [false, '["HitCounter","hit","hit","count","count"]\n[[10],[1],[5],[5],[12]]\n', '[null,null,null,2,1]\n'],
      [false, '["HitCounter","count"]\n[[3],[1]]\n', '[null,0]\n'],
      [true, '["HitCounter","hit","hit","hit","count"]\n[[1],[1],[2],[3],[3]]\n', '[null,null,null,null,1]\n'],
    ] as const)
      expect((await add(hidden, input, answer)).status).toBe(201);

    const v = await validate(id);
    expect(v.status, JSON.stringify(v.solutions.map((x) => [x.path, x.got, x.detail]))).toBe('passed');
    expect(Object.fromEntries(v.solutions.map((x) => [x.path, x.got]))).toEqual({
      'accepted/counter.py': 'accepted',
      'wrong_answer/off_by_one.py': 'wrong_answer',
    });
    const published = await call(stack.url, 'POST', `/api/admin/drafts/${id}/publish`, { token: admin });
    expect(published.status).toBe(200);

    const detail = await call(stack.url, 'GET', `/api/problems/${slug}`, { token: candidate });
    expect(detail.status).toBe(200);
    const starters = detail.body.starterCode as Record<string, string>;
    expect(Object.keys(starters).sort()).toEqual([...FUNCTION_LANGUAGE_IDS].sort());
    for (const [language, starter] of Object.entries(starters)) {
      expect(starter, language).toContain('HitCounter');
      expect(starter, language).toMatch(/count/i);
    }
    expect(starters.python).toMatch(/def hit\(self, t: int\) -> None:/);
    const submitted = await call(stack.url, 'POST', '/api/submissions', {
      token: candidate,
      body: { problem: slug, language: 'python', mode: 'submit', source: counter('') },
    });
    expect(submitted.status).toBe(202);
    expect((await submission(candidate, submitted.body.id as string)).verdict).toBe('accepted');
  });

  it('problem.changed names only the fields whose saved value changed', async () => {
    const created = await call<ProblemDraftDto>(stack.url, 'POST', '/api/admin/drafts', {
      token: admin,
      body: { slug: 'audit-fields', title: 'Audit fields', type: 'function' },
    });
    expect(created.status).toBe(201);
    const { id, problemId: target, content } = created.body;
    const changed = async () =>
      (
        await call<AuditListResponse>(
          stack.url,
          'GET',
          `/api/admin/audit?target=${target}&action=problem.changed&pageSize=100`,
          { token: admin },
        )
      ).body.items.map((e) => e.details);
    const patch = (body: Record<string, unknown>) =>
      call<ProblemDraftDto>(stack.url, 'PATCH', `/api/admin/drafts/${id}`, { token: admin, body });

    // The editor's scenario: a save refused twice, then the values restored and saved again.
    const badLimits = { ...content.limits, memoryMb: 0 };
    expect((await patch({ title: 'Audit fields 2', slug: 'Bad Slug', limits: badLimits })).status).toBe(400);
    expect((await patch({ title: 'Audit fields 3', slug: 'Bad Slug', limits: badLimits })).status).toBe(400);
    const restored = await patch({ title: content.title, slug: content.slug, limits: { ...content.limits } });
    expect(restored.status).toBe(200);
    expect(restored.body.updatedAt).toBe(created.body.updatedAt);
    expect(await changed()).toEqual([]);

    // Key order is no change either; one field that differs is the only one named.
    const reordered = Object.fromEntries(Object.entries(content.limits).reverse());
    expect((await patch({ title: 'Audit fields!', slug: content.slug, limits: reordered })).status).toBe(200);
    expect(await changed()).toEqual([{ draftId: id, fields: ['title'] }]);

    // Becoming a stdio problem drops the signature too, though the patch did not name it.
    expect((await patch({ type: 'stdio' })).status).toBe(200);
    expect((await changed())[0]).toEqual({ draftId: id, fields: ['type', 'callable'] });
    expect((await call(stack.url, 'DELETE', `/api/admin/drafts/${id}`, { token: admin })).status).toBe(204);
  });

  it('reorders tests by renumbering their names', async () => {
    const created = await call<ProblemDraftDto>(stack.url, 'POST', '/api/admin/drafts', {
      token: admin,
      body: { slug: 'reorder-me', title: 'Reorder me', type: 'stdio' },
    });
    const id = created.body.id;
    for (const name of ['a', 'b', 'c'])
      await call(stack.url, 'POST', `/api/admin/drafts/${id}/tests`, {
        token: admin,
        body: { name, hidden: true, input: name, answer: name },
      });
    const tests = (await call<ProblemDraftDto>(stack.url, 'GET', `/api/admin/drafts/${id}`, { token: admin })).body
      .tests;
    const byName = new Map(tests.map((t) => [t.name, t.id]));
    const reordered = await call(stack.url, 'PUT', `/api/admin/drafts/${id}/tests-order`, {
      token: admin,
      body: { testIds: ['c', 'a', 'b'].map((n) => byName.get(n)) },
    });
    expect(reordered.status).toBe(200);
    expect(reordered.body.map((t: { name: string; input: string }) => [t.name, t.input])).toEqual([
      ['01-c', 'c'],
      ['02-a', 'a'],
      ['03-b', 'b'],
    ]);
    const incomplete = await call(stack.url, 'PUT', `/api/admin/drafts/${id}/tests-order`, {
      token: admin,
      body: { testIds: [byName.get('a')] },
    });
    expect(incomplete.status).toBe(400);
  });

  it('archive hides the problem from candidates; unarchive brings it back; every step is audited', async () => {
    const archived = await call(stack.url, 'POST', `/api/admin/problems/${problemId}/archive`, { token: admin });
    expect(archived.body).toMatchObject({ status: 'archived', currentVersion: 2 });
    expect((await call(stack.url, 'GET', `/api/problems/${SLUG}`, { token: candidate })).status).toBe(404);
    const created = await call(stack.url, 'POST', '/api/submissions', {
      token: candidate,
      body: { problem: SLUG, language: 'python', mode: 'submit', source: ADD },
    });
    expect(created.status).toBe(404);
    expect(
      (await call(stack.url, 'POST', `/api/admin/problems/${problemId}/unarchive`, { token: admin })).body.status,
    ).toBe('published');
    expect((await call(stack.url, 'GET', `/api/problems/${SLUG}`, { token: candidate })).status).toBe(200);

    const audit = await call<AuditListResponse>(stack.url, 'GET', `/api/admin/audit?target=${problemId}&pageSize=100`, {
      token: admin,
    });
    const actions = new Set(audit.body.items.map((e) => e.action));
    for (const action of [
      'problem.created',
      'problem.changed',
      'problem.validated',
      'problem.published',
      'problem.rejudged',
      'problem.package_uploaded',
      'problem.draft_discarded',
      'problem.archived',
      'problem.unarchived',
    ])
      expect(actions, action).toContain(action);
    expect(audit.body.items.every((e) => e.actorLabel === stack.admin.email)).toBe(true);
  });
});
