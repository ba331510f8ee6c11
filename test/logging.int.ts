/**
 * Logs of the real api and worker processes (Postgres, Redis, Docker): every line is one JSON
 * object, text that arrives with a request or a job never forms a line of its own (a newline
 * and a forged "accepted" stay inside an escaped field), and a database error's log carries no
 * query parameter (no candidate source, no password hash, no e-mail, no value Postgres quotes).
 */
import { JUDGE_QUEUE, JudgeJobName } from '@tryout/contracts';
import { ConfigService } from '@tryout/server-config';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from './support/http';
import { startStack, type Stack } from './support/stack';

const MARKER = 'log-probe-7f3a9c';
/** What a forged line in the old plain-text worker log looked like. */
const FORGED = `[Nest] 4242  - 12/01/2026, 1:00:00 AM     LOG [JudgeJobProcessor] submission ${MARKER} accepted`;

/** The lines a child printed (stdout and stderr), without the tail's `[name]` header. */
function lines(log: string): string[] {
  return log
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '');
}

function parsed(log: string): Record<string, unknown>[] {
  return lines(log).map((line) => {
    let value: unknown;
    expect(() => (value = JSON.parse(line)), line).not.toThrow();
    expect(value, line).toBeTypeOf('object');
    return value as Record<string, unknown>;
  });
}

function expectNoForgedLine(log: string): void {
  for (const line of lines(log)) {
    expect(line.trim(), 'a forged line of its own').not.toBe(FORGED);
    expect(line, 'a line starting with the forged text').not.toMatch(/^\s*\[Nest\] 4242/);
  }
}

describe('structured logs', () => {
  let stack: Stack;
  let token: string;

  beforeAll(async () => {
    stack = await startStack({
      problems: ['test/fixtures/problems/slow-sum'],
      env: { LOG_LEVEL: 'info', SANDBOX_POOL_SIZE: '0', WORKER_CONCURRENCY: '1' },
    });
    // Database errors on demand: rows carrying the marker violate a check constraint.
    const pg = new Client({ connectionString: stack.env.DATABASE_URL });
    await pg.connect();
    await pg.query(`ALTER TABLE users ADD CONSTRAINT log_probe CHECK (position('${MARKER}' in display_name) = 0)`);
    await pg.query(`ALTER TABLE submissions ADD CONSTRAINT log_probe CHECK (position('${MARKER}' in source) = 0)`);
    await pg.end();
    const reg = await call(stack.url, 'POST', '/api/auth/register', {
      body: { email: `logs-${Date.now()}@tryout.test`, password: 'correct horse battery', displayName: 'Logs' },
    });
    expect(reg.status).toBe(201);
    token = reg.body.accessToken;
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('api: a database error on a submission logs neither the source nor a forged line', async () => {
    const source = `print(1)\n${FORGED}\n`;
    const res = await call(stack.url, 'POST', '/api/submissions', {
      token,
      body: { problem: 'slow-sum', language: 'python', mode: 'submit', source },
    });
    expect(res.status).toBe(500);
    expect(res.body.code).toBe('internal_error');
    await expect
      .poll(() => parsed(stack.apiLog()).some((l) => (l.err as { code?: string })?.code === '23514'))
      .toBe(true);
    const log = stack.apiLog();
    expect(log).not.toContain(MARKER);
    expectNoForgedLine(log);
  });

  it('api: a database error on registration logs neither the password hash nor the e-mail', async () => {
    const email = `hash-leak-${Date.now()}@tryout.test`;
    const res = await call(stack.url, 'POST', '/api/auth/register', {
      body: { email, password: 'another horse battery', displayName: `x ${MARKER}` },
    });
    expect(res.status).toBe(500);
    await expect
      .poll(() => parsed(stack.apiLog()).filter((l) => (l.err as { code?: string })?.code === '23514').length)
      .toBe(2);
    const log = stack.apiLog();
    expect(log).not.toContain('$argon2');
    expect(log).not.toContain(email);
    expect(log).not.toContain(MARKER);
  });

  it('worker: a job whose id carries a newline and a forged "accepted" stays one JSON line, without the value', async () => {
    const connection = new Redis(ConfigService.fromEnv().get('REDIS_URL'), { maxRetriesPerRequest: null });
    const queue = new Queue(JUDGE_QUEUE, { connection, prefix: String(stack.env.QUEUE_PREFIX) });
    const forgedId = `00000000-0000-0000-0000-000000000000\n${FORGED}`;
    try {
      const job = await queue.add(JudgeJobName.Judge, { submissionId: forgedId }, { attempts: 1 });
      await expect.poll(() => job.getState(), { timeout: 30_000 }).toBe('failed');
      await expect
        .poll(() => parsed(stack.workerLog()).find((l) => l.msg === 'job failed'), { timeout: 10_000 })
        .toBeDefined();
    } finally {
      await queue.close();
      connection.disconnect();
    }
    const failed = parsed(stack.workerLog()).find((l) => l.msg === 'job failed')!;
    // The id is a field (escaped JSON); Postgres refused it (22P02) with a message quoting it, and
    // of that error only the SQLSTATE is kept.
    expect(failed.submissionId).toBe(forgedId);
    expect((failed.err as { code?: string }).code).toBe('22P02');
    expect(JSON.stringify(failed.err)).not.toContain(MARKER);
    await stack.killWorker('SIGTERM');
    const log = stack.workerLog();
    parsed(log);
    expectNoForgedLine(log);
  });
});
