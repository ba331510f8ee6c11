/**
 * A sql problem end to end against the real stack (api + worker child processes, Postgres, Redis,
 * Docker with the PostgreSQL and SQLite runner images): the problem page's SQL facts (dialects,
 * tables with the first sample's rows, a starter per dialect), a submission judged in each dialect
 * through the queue and the worker, a visible wrong answer's first differing row, custom Run input
 * as a data script judged against the reference query's result on it (and the 400 for anything but
 * INSERT ... VALUES), a code language refused.
 */
import type { ProblemDetailDto, SubmissionDto } from '@tryout/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../../../test/support/stack';

const FIXTURE = 'test/fixtures/problems/sql-department-totals';
const SLUG = 'sql-department-totals';
const RIGHT = `SELECT d.name AS department, COUNT(e.id) AS employees, COALESCE(SUM(e.salary), 0) AS total_salary
FROM department d LEFT JOIN employee e ON e.department_id = d.id GROUP BY d.id, d.name ORDER BY d.name;`;
const WRONG = `SELECT d.name AS department, COUNT(*) AS employees, SUM(e.salary) AS total_salary
FROM department d JOIN employee e ON e.department_id = d.id GROUP BY d.name ORDER BY d.name`;

let stack: Stack;
let token: string;

async function api<T>(path: string, init: RequestInit = {}): Promise<{ status: number; body: T }> {
  const res = await fetch(`${stack.url}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
}

async function submit(body: Record<string, unknown>): Promise<{ status: number; body: { id: string; code?: string } }> {
  return api('/api/submissions', { method: 'POST', body: JSON.stringify({ problem: SLUG, ...body }) });
}

async function verdictOf(id: string): Promise<SubmissionDto> {
  for (;;) {
    const { body } = await api<SubmissionDto>(`/api/submissions/${id}`);
    if (body.status === 'finished') return body;
    await new Promise((r) => setTimeout(r, 500));
  }
}

beforeAll(async () => {
  stack = await startStack({ problems: [FIXTURE], env: { WORKER_CONCURRENCY: '1' } });
  const { body } = await api<{ accessToken: string }>('/api/auth/register', {
    method: 'POST',
    body: JSON.stringify({
      email: `sql-${Date.now()}@tryout.test`,
      password: 'correct horse battery',
      displayName: 'sql',
    }),
  });
  token = body.accessToken;
}, 600_000);

afterAll(async () => {
  await stack?.stop();
});

describe('a sql problem through the API, the queue and the worker', () => {
  it('the problem page: dialects as languages, tables with sample rows, a starter per dialect', async () => {
    const { status, body } = await api<ProblemDetailDto>(`/api/problems/${SLUG}`);
    expect(status).toBe(200);
    expect(body.type).toBe('sql');
    expect(body.languages).toEqual(['postgresql', 'sqlite']);
    expect(body.sql?.dialects).toEqual(['postgresql', 'sqlite']);
    expect(body.sql?.ordered).toBe(true);
    expect(body.sql?.tables.map((t) => t.name)).toEqual(['department', 'employee']);
    expect(body.sql?.tables[0].columns[0]).toEqual({ name: 'id', type: 'INTEGER', primaryKey: true });
    expect(body.sql?.tables[0].sampleRows).toEqual([
      [1, 'Engineering'],
      [2, 'Sales'],
      [3, 'Legal'],
    ]);
    expect(Object.keys(body.starterCode).sort()).toEqual(['postgresql', 'sqlite']);
    expect(body.starterCode.postgresql).toContain('department(id, name)');
  });

  it('a code language is refused for a sql problem', async () => {
    const { status, body } = await submit({ language: 'python', mode: 'submit', source: 'print(1)' });
    expect(status).toBe(400);
    expect(body.code).toBe('language_not_allowed');
  });

  it('the right query is accepted in both dialects', async () => {
    for (const language of ['sqlite', 'postgresql']) {
      const { status, body } = await submit({ language, mode: 'submit', source: RIGHT });
      expect(status).toBe(202);
      const done = await verdictOf(body.id);
      expect(done.verdict, language).toBe('accepted');
    }
  }, 600_000);

  it('a wrong query on the samples shows the first differing row and the result set', async () => {
    const { body } = await submit({ language: 'postgresql', mode: 'run', source: WRONG });
    const done = await verdictOf(body.id);
    expect(done.verdict).toBe('wrong_answer');
    const first = done.tests[0];
    expect(first.sqlDiff).toEqual({ reason: 'row', row: 1, expected: ['Legal', 0, 0], actual: ['Sales', 1, 950.25] });
    expect(JSON.parse(first.actual ?? '')).toMatchObject({ columns: ['department', 'employees', 'total_salary'] });
    expect(JSON.parse(first.expected ?? '')).toMatchObject({
      rows: [
        ['Engineering', 2, 2000.5],
        ['Legal', 0, 0],
        ['Sales', 1, 950.25],
      ],
    });
  }, 300_000);

  it('a wrong query on submit reveals nothing of a hidden test', async () => {
    // Right on the samples; case-folded order differs from byte order only in a hidden test.
    const { body } = await submit({
      language: 'sqlite',
      mode: 'submit',
      source: RIGHT.replace('ORDER BY d.name', 'ORDER BY LOWER(d.name)'),
    });
    const done = await verdictOf(body.id);
    expect(done.verdict).toBe('wrong_answer');
    const failed = done.tests.find((t) => t.verdict === 'wrong_answer')!;
    expect(failed.hidden).toBe(true);
    expect(failed.sqlDiff).toBeUndefined();
    expect(failed.actual).toBeUndefined();
    expect(failed.message).toBeUndefined();
  }, 300_000);

  it('custom Run input is a data script; anything but INSERT ... VALUES is a 400', async () => {
    const bad = await submit({
      language: 'postgresql',
      mode: 'run',
      source: RIGHT,
      customInput: "INSERT INTO department VALUES (1, (SELECT pg_read_file('/etc/passwd')));",
    });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('custom_input_invalid');
    const { status, body } = await submit({
      language: 'sqlite',
      mode: 'run',
      source: RIGHT,
      customInput: "INSERT INTO department (id, name) VALUES (7, 'Solo');",
    });
    expect(status).toBe(202);
    const done = await verdictOf(body.id);
    expect(done.verdict).toBe('accepted');
    expect(JSON.parse(done.tests[0].actual ?? '')).toEqual({
      columns: ['department', 'employees', 'total_salary'],
      rows: [['Solo', 0, 0]],
    });
    // The reference query's result on the candidate's own data is the expected result.
    expect(JSON.parse(done.tests[0].expected ?? '')).toEqual(JSON.parse(done.tests[0].actual ?? ''));
    // So a wrong query is caught on that data too, with the first differing row.
    const wrong = await submit({
      language: 'postgresql',
      mode: 'run',
      source: WRONG,
      customInput: "INSERT INTO department (id, name) VALUES (7, 'Solo');",
    });
    expect(wrong.status).toBe(202);
    const caught = await verdictOf(wrong.body.id);
    expect(caught.verdict).toBe('wrong_answer');
    expect(caught.tests[0].sqlDiff).toBeDefined();
    expect(JSON.parse(caught.tests[0].expected ?? '')).toMatchObject({ rows: [['Solo', 0, 0]] });
  }, 300_000);
});
