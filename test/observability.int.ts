/**
 * Metrics and tracing on the real api and worker processes (Postgres, Redis, Docker): one
 * submission's request id reaches the worker's log lines beside its submission id; after it is
 * judged the worker's /metrics counts its verdict, judge phases, queue wait and container start,
 * the api's counts the route by its template; /api/metrics is for admins only.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from './support/http';
import { freePort, startStack, type Stack } from './support/stack';

function parsed(log: string): Record<string, unknown>[] {
  return log
    .split('\n')
    .slice(1)
    .filter((l) => l.trim().startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('metrics and tracing', () => {
  let stack: Stack;
  let token: string;
  let adminToken: string;
  let workerMetrics: string;
  let apiMetrics: string;

  beforeAll(async () => {
    const [wport, aport] = [await freePort(), await freePort()];
    workerMetrics = `http://127.0.0.1:${wport}/metrics`;
    apiMetrics = `http://127.0.0.1:${aport}/metrics`;
    stack = await startStack({
      problems: ['test/fixtures/problems/slow-sum'],
      env: {
        LOG_LEVEL: 'info',
        SANDBOX_POOL_SIZE: '0',
        WORKER_CONCURRENCY: '1',
        WORKER_METRICS_PORT: String(wport),
        API_METRICS_PORT: String(aport),
      },
    });
    const reg = await call(stack.url, 'POST', '/api/auth/register', {
      body: { email: `obs-${Date.now()}@tryout.test`, password: 'correct horse battery', displayName: 'Obs' },
    });
    expect(reg.status).toBe(201);
    token = reg.body.accessToken;
    const login = await call(stack.url, 'POST', '/api/auth/login', {
      body: { email: stack.admin.email, password: stack.admin.password },
    });
    expect(login.status).toBe(200);
    adminToken = login.body.accessToken;
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('follows one submission from the api request into the worker log, then counts it', async () => {
    const requestId = `trace-${randomBytes(6).toString('hex')}`;
    const res = await call(stack.url, 'POST', '/api/submissions', {
      token,
      headers: { 'x-request-id': requestId },
      body: {
        problem: 'slow-sum',
        language: 'python',
        mode: 'submit',
        source: 'a, b = map(int, input().split())\nprint(a + b)\n',
      },
    });
    expect(res.status).toBe(202);
    expect(res.headers.get('x-request-id')).toBe(requestId);
    const id = res.body.id as string;
    await expect
      .poll(async () => (await call(stack.url, 'GET', `/api/submissions/${id}`, { token })).body.status, {
        timeout: 90_000,
        interval: 500,
      })
      .toBe('finished');
    const verdict = (await call(stack.url, 'GET', `/api/submissions/${id}`, { token })).body.verdict as string;
    expect(verdict, stack.workerLog()).toBe('accepted');

    // The api logged the request under its id; the worker logged the job under the same one.
    expect(parsed(stack.apiLog()).some((l) => (l.req as { id?: string } | undefined)?.id === requestId)).toBe(true);
    await expect
      .poll(() => parsed(stack.workerLog()).find((l) => l.msg === 'judged' && l.submissionId === id))
      .toMatchObject({
        requestId,
        submissionId: id,
        verdict: 'accepted',
      });

    const worker = await (await fetch(workerMetrics)).text();
    expect(worker).toMatch(/^tryout_verdicts_total\{language="python",mode="submit",verdict="accepted"\} 1$/m);
    expect(worker).toMatch(/^tryout_judge_phase_duration_seconds_count\{language="python",phase="compile"\} 1$/m);
    expect(worker).toMatch(/^tryout_judge_phase_duration_seconds_count\{language="python",phase="tests"\} 1$/m);
    expect(worker).toMatch(/^tryout_queue_wait_seconds_count\{queue="judge",priority="submit"\} 1$/m);
    expect(worker).toMatch(/^tryout_sandbox_container_starts_total [1-9]/m);
    expect(worker).toMatch(/^tryout_sandbox_pool_misses_total 1$/m);
    expect(worker).toMatch(/^tryout_queue_jobs\{queue="judge",state="active",priority="all"\} 0$/m);
    expect(worker).toMatch(/^tryout_queue_jobs\{queue="judge",state="waiting",priority="submit"\} 0$/m);
    expect(worker).toMatch(/^tryout_janitor_removed_containers_total \d+$/m);

    const api = await (await fetch(apiMetrics)).text();
    expect(api).toMatch(
      /^tryout_http_request_duration_seconds_count\{method="POST",route="\/api\/submissions",status="202"\} 1$/m,
    );
    // Route templates, never raw URLs (ids would make a series per submission).
    expect(api).toContain('route="/api/submissions/:id"');
    expect(api).not.toContain(id);
  });

  it('serves /api/metrics to admins only', async () => {
    expect((await call(stack.url, 'GET', '/api/metrics')).status).toBe(401);
    expect((await call(stack.url, 'GET', '/api/metrics', { token })).status).toBe(403);
    const res = await call(stack.url, 'GET', '/api/metrics', { token: adminToken });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    expect(res.body).toContain('tryout_http_request_duration_seconds_bucket');
    expect(res.body).toContain('tryout_process_cpu_seconds_total');
  });
});
