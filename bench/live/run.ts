/**
 * Live-editor benchmark: a keystroke in a candidate's client to the update at the interviewer's
 * client, over loopback, with 1 and with 50 concurrent sessions. Each session has its own
 * document, a candidate and an interviewer (Node clients: @hocuspocus/provider over `ws`); every
 * candidate types one character per BENCH_KEY_INTERVAL_MS. Prints p50/p99/max per scenario.
 *
 *   npm run bench:live          (or: node -r ./scripts/register.cjs bench/live/run.ts)
 *   BENCH_SESSIONS=1,50 BENCH_KEYSTROKES=60 BENCH_KEY_INTERVAL_MS=100 npm run bench:live
 *
 * The server (the real app, every update logged in Postgres before it is acknowledged) runs in its
 * own process; both clients of a session run in this one, so send and receive share one clock.
 * Throw-away database and queue prefix, removed at the end. Bounded: keystrokes × interval per
 * scenario, plus at most 10 s for stragglers (counted as lost).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findProblemDirs, loadProblemPackage } from '@tryout/judge';
import { liveDocumentName } from '@tryout/contracts';
import { ConfigService } from '@tryout/server-config';
import { runMigrations } from '@tryout/server-database';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { openLive, type LiveClient } from '../../test/support/live-client';
import { importIntoDatabase } from '../api/import.util';

const ROOT = resolve(__dirname, '../..');
const SCENARIOS = (process.env.BENCH_SESSIONS ?? '1,50').split(',').map(Number);
const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 60);
const INTERVAL_MS = Number(process.env.BENCH_KEY_INTERVAL_MS ?? 100);
const STRAGGLER_MS = 10_000;

function dbUrl(base: string, name: string): string {
  const u = new URL(base);
  u.pathname = `/${name}`;
  return u.toString();
}

async function startServer(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['-r', './scripts/register.cjs', 'bench/api/server.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((ok, fail) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /READY (\d+)/.exec(out);
      if (m) ok(Number(m[1]));
    });
    child.on('exit', (code) => fail(new Error(`server exited with ${code}: ${out}`)));
  });
  return { child, url: `http://127.0.0.1:${port}` };
}

async function post<T>(api: string, path: string, body: unknown, token?: string): Promise<T> {
  const res = await fetch(`${api}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

interface Pair {
  candidate: LiveClient;
  interviewer: LiveClient;
  sent: number[];
  received: number[];
}

async function scenario(api: string, interviewerToken: string, slug: string, sessions: number) {
  const pairs: Pair[] = [];
  for (let i = 0; i < sessions; i++) {
    const created = await post<{ interview: { id: string }; inviteToken: string }>(
      api,
      '/api/interviews',
      {
        title: `Bench ${i}`,
        problems: [slug],
        durationMinutes: 60,
        languages: ['python', 'javascript', 'java', 'cpp', 'go'],
        candidateName: `Bench ${i}`,
        candidateEmail: `bench-${i}@example.com`,
      },
      interviewerToken,
    );
    const guest = (
      await post<{ accessToken: string }>(api, '/api/interview-invites/redeem', { token: created.inviteToken })
    ).accessToken;
    await post(api, '/api/interview/session/start', {}, guest);
    const name = liveDocumentName(created.interview.id, 1);
    const candidate = await openLive(api, name, guest);
    const interviewer = await openLive(api, name, interviewerToken);
    const pair: Pair = { candidate, interviewer, sent: [], received: [] };
    interviewer.text.observe((event) => {
      const now = performance.now();
      for (const d of event.delta) {
        if (typeof d.insert === 'string') for (let k = 0; k < d.insert.length; k++) pair.received.push(now);
      }
    });
    pairs.push(pair);
  }
  // Stagger the sessions across one interval, as real typists are not in lockstep.
  await Promise.all(
    pairs.map(async (p, i) => {
      await new Promise((r) => setTimeout(r, (i * INTERVAL_MS) / sessions));
      for (let k = 0; k < KEYSTROKES; k++) {
        p.sent.push(performance.now());
        p.candidate.text.insert(p.candidate.text.length, 'x');
        await new Promise((r) => setTimeout(r, INTERVAL_MS));
      }
    }),
  );
  const until = performance.now() + STRAGGLER_MS;
  while (pairs.some((p) => p.received.length < p.sent.length) && performance.now() < until)
    await new Promise((r) => setTimeout(r, 20));
  const latencies: number[] = [];
  let lost = 0;
  for (const p of pairs) {
    p.sent.forEach((t, k) => (k < p.received.length ? latencies.push(p.received[k] - t) : lost++));
    p.candidate.close();
    p.interviewer.close();
  }
  latencies.sort((a, b) => a - b);
  return {
    sessions,
    samples: latencies.length,
    lost,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies[latencies.length - 1] ?? NaN,
  };
}

async function main(): Promise<void> {
  const base = ConfigService.fromEnv();
  const dbName = `tryout_bench_live_${process.pid}`;
  const prefix = `bench_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: dbUrl(base.get('DATABASE_URL'), 'postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${dbName}"`);
  const url = dbUrl(base.get('DATABASE_URL'), dbName);
  let server: ChildProcess | undefined;
  try {
    await runMigrations(url);
    const started = await startServer({
      ...process.env,
      NODE_ENV: 'production',
      JWT_SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'warn',
      DATABASE_URL: url,
      QUEUE_PREFIX: prefix,
      LOGIN_ATTEMPTS_PER_MINUTE: '100000',
      LOGIN_ATTEMPTS_PER_ADDRESS_PER_MINUTE: '100000',
      ADMIN_EMAIL: '',
      ADMIN_PASSWORD: '',
    });
    server = started.child;
    const api = started.url;
    const dirs = await findProblemDirs(resolve(ROOT, base.get('PROBLEMS_DIR')));
    const [slug] = await importIntoDatabase(url, prefix, dirs.slice(0, 1), loadProblemPackage);
    if (!slug) throw new Error('no problem could be loaded from problems/');

    // An interviewer account: registered, promoted in the database, signed in again for the role.
    const email = `bench-iv-${randomBytes(4).toString('hex')}@example.com`;
    await post(api, '/api/auth/register', { email, password: 'bench-password-123', displayName: 'Bench' });
    const db = new Client({ connectionString: url });
    await db.connect();
    await db.query(`UPDATE users SET role = 'interviewer' WHERE email = $1`, [email]);
    await db.end();
    const { accessToken } = await post<{ accessToken: string }>(api, '/api/auth/login', {
      email,
      password: 'bench-password-123',
    });

    console.log(
      `live editor: keystroke (candidate) → update (interviewer), loopback; ${KEYSTROKES} keystrokes per session, one per ${INTERVAL_MS} ms`,
    );
    console.log('| sessions | samples | lost | p50 ms | p99 ms | max ms |');
    console.log('|---|---|---|---|---|---|');
    for (const n of SCENARIOS) {
      const r = await scenario(api, accessToken, slug, n);
      console.log(
        `| ${r.sessions} | ${r.samples} | ${r.lost} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.max.toFixed(1)} |`,
      );
    }
  } finally {
    server?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1500));
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await admin.end();
    const redis = new Redis(base.get('REDIS_URL'));
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await redis.unlink(...keys);
    } while (cursor !== '0');
    redis.disconnect();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
