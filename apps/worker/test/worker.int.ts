/**
 * The judge path end to end against the real stack (api + worker child processes, Postgres,
 * Redis, Docker): a submission made through the API reaches its verdict through the worker with
 * every progress step in order over SSE; a SIGKILLed worker's submission ends with exactly one
 * verdict and no container left behind; SIGTERM drains an in-flight job.
 */
import { createParser } from 'eventsource-parser';
import Dockerode from 'dockerode';
import type { SubmissionEvent } from '@tryout/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../../../test/support/stack';

const FIXTURE = 'test/fixtures/problems/slow-sum';
const SLUG = 'slow-sum';
const SLEEPY = 'import time\na, b = map(int, input().split())\ntime.sleep(0.7)\nprint(a + b)\n';
const docker = new Dockerode({ socketPath: '/var/run/docker.sock' });

let stack: Stack;

async function api<T>(path: string, init: RequestInit & { token?: string } = {}): Promise<{ status: number; body: T }> {
  const res = await fetch(`${stack.url}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
}

async function signUp(name: string): Promise<{ token: string; userId: string }> {
  const { status, body } = await api<{ accessToken: string; user: { id: string } }>('/api/auth/register', {
    method: 'POST',
    body: JSON.stringify({
      email: `${name}-${Date.now()}@tryout.test`,
      password: 'correct horse battery',
      displayName: name,
    }),
  });
  expect(status).toBe(201);
  return { token: body.accessToken, userId: body.user.id };
}

async function submit(token: string, source: string, mode: 'run' | 'submit' = 'submit'): Promise<string> {
  const { status, body } = await api<{ id: string }>('/api/submissions', {
    method: 'POST',
    token,
    body: JSON.stringify({ problem: SLUG, language: 'python', mode, source }),
  });
  expect(status).toBe(202);
  return body.id;
}

/** Collects SSE events until the verdict (or the abort signal). */
async function events(token: string, id: string, onEvent?: (e: SubmissionEvent) => void): Promise<SubmissionEvent[]> {
  const res = await fetch(`${stack.url}/api/submissions/${id}/events`, {
    headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
  });
  expect(res.status).toBe(200);
  const seen: SubmissionEvent[] = [];
  let done = false;
  const parser = createParser({
    onEvent: (msg) => {
      // Every 15 s a heartbeat keeps proxies awake; a judge on a loaded host outlasts one.
      if (msg.event === 'heartbeat') return;
      const event = JSON.parse(msg.data) as SubmissionEvent;
      seen.push(event);
      onEvent?.(event);
      if (event.type === 'verdict') done = true;
    },
  });
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  while (!done) {
    const { value, done: eof } = await reader.read();
    if (eof) break;
    parser.feed(decoder.decode(value, { stream: true }));
  }
  await reader.cancel();
  return seen;
}

async function getSubmission(token: string, id: string) {
  return api<{ status: string; verdict: string | null; tests: { index: number; verdict: string; hidden: boolean }[] }>(
    `/api/submissions/${id}`,
    { token },
  );
}

beforeAll(async () => {
  // A short lock so a SIGKILLed worker's job is handed over within seconds.
  // LOG_LEVEL info: the worker logs its sandbox driver's id (JSON) at start-up; a test reads it.
  stack = await startStack({
    problems: [FIXTURE],
    env: { WORKER_LOCK_MS: '4000', WORKER_CONCURRENCY: '1', LOG_LEVEL: 'info' },
  });
});

afterAll(async () => {
  await stack?.stop();
});

describe('worker', () => {
  it('judges a submission made through the API and streams every step in order', async () => {
    const { token } = await signUp('sse');
    const id = await submit(token, 'a, b = map(int, input().split())\nprint(a + b)\n');
    const seen = await events(token, id);
    const kinds = seen.map((e) => (e.type === 'status' ? e.status : e.type));
    // The late-subscriber snapshot may already be past "queued"; the order must still hold.
    const order = ['queued', 'compiling', 'running', 'verdict'];
    const ranks = kinds.map((k) => order.indexOf(k));
    expect(ranks.every((r) => r >= 0)).toBe(true);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    const running = seen.filter((e): e is Extract<SubmissionEvent, { type: 'running' }> => e.type === 'running');
    const counts = running.map((e) => e.done);
    expect([...counts].sort((a, b) => a - b)).toEqual(counts);
    const verdict = seen.at(-1)!;
    expect(verdict.type === 'verdict' && verdict.verdict).toBe('accepted');
    const { body } = await getSubmission(token, id);
    expect(body.status).toBe('finished');
    expect(body.tests.map((t) => t.index)).toEqual([...new Set(body.tests.map((t) => t.index))]);
    // A candidate's live feed covers the visible tests only (hidden progress would leak timings):
    // it runs through every sample, carries no hidden test, and the verdict brings all of them.
    const visible = body.tests.filter((t) => !t.hidden).length;
    expect(visible).toBeGreaterThan(0);
    expect(body.tests.length).toBeGreaterThan(visible);
    expect(running.at(-1)!.done).toBe(visible);
    expect(running.at(-1)!.total).toBe(body.tests.length);
    expect(running.every((e) => !e.test?.hidden)).toBe(true);
  });

  it('reports wrong answers and compile errors as results, not failures', async () => {
    const { token } = await signUp('faults');
    const wrong = await submit(token, 'a, b = map(int, input().split())\nprint(a - b)\n');
    const broken = await submit(token, 'def oops(:\n  pass\n');
    const [w, b] = await Promise.all([events(token, wrong), events(token, broken)]);
    expect(w.at(-1)).toMatchObject({ type: 'verdict', verdict: 'wrong_answer' });
    expect(b.at(-1)).toMatchObject({ type: 'verdict', verdict: 'compile_error' });
    const last = b.at(-1) as Extract<SubmissionEvent, { type: 'verdict' }>;
    expect(last.compileOutput).toMatch(/SyntaxError|invalid syntax/);
  });

  it('a SIGKILLed worker: the job is picked up again, ends with exactly one verdict, no container left', async () => {
    const { token } = await signUp('crash');
    const id = await submit(token, SLEEPY);
    // Wait until the worker is mid-judging (some tests done, not all).
    await new Promise<void>((resolve, reject) => {
      events(token, id, (e) => {
        if (e.type === 'running' && e.done >= 1) resolve();
      }).then(() => reject(new Error('finished before the worker could be killed')), reject);
    });
    const driverId = /"driverId":"([0-9a-f]+)"/.exec(stack.workerLog())?.[1];
    expect(driverId).toBeDefined();
    const before = await docker.listContainers({ all: true, filters: { label: [`tryout.driver=${driverId}`] } });
    expect(before.length).toBeGreaterThan(0);
    await stack.killWorker('SIGKILL');
    const mid = await getSubmission(token, id);
    expect(mid.body.status).not.toBe('finished');

    stack.startWorker();
    const seen = await events(token, id);
    expect(seen.filter((e) => e.type === 'verdict')).toHaveLength(1);
    expect(seen.at(-1)).toMatchObject({ type: 'verdict', verdict: 'accepted' });
    const { body } = await getSubmission(token, id);
    expect(body.status).toBe('finished');
    expect(body.verdict).toBe('accepted');
    // Every test exactly once: the re-run overwrote, never duplicated.
    expect(body.tests.map((t) => t.index)).toEqual([...Array(body.tests.length).keys()]);
    // The killed worker's containers are gone (the new worker's janitor removed them at start-up).
    for (const c of before) {
      const still = await docker
        .getContainer(c.Id)
        .inspect()
        .then(
          () => true,
          () => false,
        );
      expect(still).toBe(false);
    }
  });

  it('SIGTERM drains the in-flight job before the worker exits', async () => {
    const { token } = await signUp('drain');
    const id = await submit(token, SLEEPY);
    await new Promise<void>((resolve, reject) => {
      events(token, id, (e) => {
        if (e.type === 'running') resolve();
      }).catch(reject);
    });
    const worker = stack.worker();
    await stack.killWorker('SIGTERM');
    expect(worker.exitCode).toBe(0);
    const { body } = await getSubmission(token, id);
    expect(body.status).toBe('finished');
    expect(body.verdict).toBe('accepted');
    stack.startWorker();
  });
});
