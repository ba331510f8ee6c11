/**
 * What every fault test does around its fault: a burst of slow submissions from distinct users, a
 * wait until some are being judged while others still queue, and the checks afterwards — each
 * submission finished with exactly one verdict (its results written once, counted once in the
 * problem's counters) and no sandbox container of the stack's workers left.
 *
 *   const burst = await submitBurst(stack, 6);
 *   await waitMidBurst(stack.env.DATABASE_URL!, burst.ids);
 *   … the fault …
 *   await expectOneVerdictEach(stack.env.DATABASE_URL!, burst.ids);
 */
import type Dockerode from 'dockerode';
import { Client } from 'pg';
import { expect } from 'vitest';
import { call } from './http';
import type { Stack } from './stack';
import { waitFor } from './private-services';

/** The fixture the fault tests judge: 8 tests, each sleeping 0.7 s, so a burst stays in flight. */
export const SLOW_SUM = 'test/fixtures/problems/slow-sum';
export const SLOW_SUM_TESTS = 8;
export const SLEEPY = 'import time\na, b = map(int, input().split())\ntime.sleep(0.7)\nprint(a + b)\n';

/** A fault test's own limit: above its bounded waits (start-up, mid-burst, the 180 s to finish). */
export const FAULT_TEST_TIMEOUT_MS = 300_000;

export interface Burst {
  ids: string[];
  tokens: string[];
}

export async function signUp(stack: Pick<Stack, 'url'>, tag: string): Promise<string> {
  const reg = await call(stack.url, 'POST', '/api/auth/register', {
    body: { email: `${tag}-${Date.now()}@tryout.test`, password: 'correct horse battery', displayName: tag },
  });
  expect(reg.status, JSON.stringify(reg.body)).toBe(201);
  return reg.body.accessToken as string;
}

export async function submit(stack: Stack, token: string, source = SLEEPY): Promise<string> {
  const res = await call(stack.url, 'POST', '/api/submissions', {
    token,
    body: { problem: 'slow-sum', language: 'python', mode: 'submit', source },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(202);
  return res.body.id as string;
}

/** One slow submission from each of `users` new users (one user judges one at a time). */
export async function submitBurst(stack: Stack, users: number, tag = 'fault'): Promise<Burst> {
  const tokens: string[] = [];
  for (let u = 0; u < users; u++) tokens.push(await signUp(stack, `${tag}${u}`));
  const ids = await Promise.all(tokens.map((t) => submit(stack, t)));
  return { ids, tokens };
}

/** Reads through a fresh connection each time: the database under test may have restarted. */
export async function query<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function statuses(url: string, ids: string[]): Promise<Record<string, number>> {
  const rows = await query<{ status: string; n: number }>(
    url,
    `SELECT status, count(*)::int AS n FROM submissions WHERE id = ANY($1) GROUP BY status`,
    [ids],
  );
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

/** Until at least one submission is being judged and another still waits. */
export async function waitMidBurst(url: string, ids: string[]): Promise<void> {
  let last = {};
  await waitFor(
    async () => {
      last = await statuses(url, ids);
      return (last as Record<string, number>).running > 0;
    },
    60_000,
    () => `no submission started running: ${JSON.stringify(last)}`,
  );
  const now = await statuses(url, ids);
  expect(now.queued ?? 0, `some must still be queued: ${JSON.stringify(now)}`).toBeGreaterThan(0);
}

export async function waitAllFinished(url: string, ids: string[], timeoutMs = 180_000, log = () => ''): Promise<void> {
  let last = {};
  await waitFor(
    async () => {
      last = await statuses(url, ids);
      return (last as Record<string, number>).finished === ids.length;
    },
    timeoutMs,
    () => `not every submission finished: ${JSON.stringify(last)}\n${log()}`,
    500,
  );
}

/**
 * Each submission finished accepted, with its results written once (a second judging would
 * overwrite, a second verdict would count twice), and the problem counted each once.
 */
export async function expectOneVerdictEach(url: string, ids: string[], log = () => ''): Promise<void> {
  const rows = await query<{ id: string; status: string; verdict: string; results: number; indexes: number }>(
    url,
    `SELECT s.id, s.status, s.verdict,
            (SELECT count(*)::int FROM submission_test_results r WHERE r.submission_id = s.id) AS results,
            (SELECT count(DISTINCT r.index)::int FROM submission_test_results r WHERE r.submission_id = s.id) AS indexes
       FROM submissions s WHERE s.id = ANY($1)`,
    [ids],
  );
  expect(rows).toHaveLength(ids.length);
  for (const row of rows) {
    expect(row.status).toBe('finished');
    expect(row.verdict, log()).toBe('accepted');
    expect(row.results).toBe(SLOW_SUM_TESTS);
    expect(row.indexes).toBe(SLOW_SUM_TESTS);
  }
  const [counts] = await query<{ submit_count: number; accepted_count: number }>(
    url,
    `SELECT submit_count, accepted_count FROM problems WHERE slug = 'slow-sum'`,
  );
  expect(counts).toEqual({ submit_count: ids.length, accepted_count: ids.length });
}

/** The sandbox driver ids the stack's workers logged at start-up (LOG_LEVEL info). */
export function driverIds(...logs: string[]): string[] {
  return [...new Set(logs.flatMap((log) => [...log.matchAll(/"driverId":"([0-9a-f]+)"/g)].map((m) => m[1])))];
}

export async function expectNoSandboxLeft(docker: Dockerode, ids: string[], log = () => ''): Promise<void> {
  expect(ids.length).toBeGreaterThan(0);
  for (const id of ids) {
    const left = await docker.listContainers({ all: true, filters: { label: [`tryout.driver=${id}`] } });
    expect(
      left.map((c) => `${c.Id.slice(0, 12)} ${c.State} ${c.Status}`),
      log(),
    ).toEqual([]);
  }
}

/** Until /api/health answers 200 with every indicator listed in `keys` up. */
export async function waitHealthy(stack: Stack, keys: string[], timeoutMs = 60_000): Promise<void> {
  let last: unknown;
  await waitFor(
    async () => {
      const res = await call(stack.url, 'GET', '/api/health');
      last = res.body;
      const info = (res.body?.info ?? {}) as Record<string, { status: string }>;
      return keys.every((k) => info[k]?.status === 'up');
    },
    timeoutMs,
    () => `health did not recover: ${JSON.stringify(last)}`,
    500,
  );
}
