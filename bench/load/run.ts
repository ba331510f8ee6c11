/**
 * Load test, loopback only and bounded: a burst of small python submissions from many users while
 * catalog reads run alongside, and a few interview submissions made mid-burst.
 *
 *   npm run bench:load                                   (1,000 submissions from 200 users)
 *   BENCH_SUBMISSIONS=200 BENCH_USERS=40 npm run bench:load
 *
 * Settings (environment): BENCH_SUBMISSIONS (1000), BENCH_USERS (200), BENCH_INTERVIEWS (5),
 * BENCH_READERS (4 concurrent catalog readers), BENCH_WORKERS (1 worker process),
 * WORKER_CONCURRENCY (2), SANDBOX_POOL_SIZE (0: a user's container is reused for its next
 * submission, no warm pool of every language), BENCH_TIMEOUT_SECONDS (3600).
 *
 * The api and the workers run as child processes, exactly as `npm start` runs them, on a throw-away
 * database (migrated, loaded with two-sum, reverse-list and stair-climb) and a private queue prefix,
 * both removed at the end. Users register through the api. Each user submits its share one after
 * another (the api answers 202 at once; the worker judges at most one job per user at a time, so the
 * users are what lets every judge slot work). The reported figures:
 *
 *   - every submission ends with exactly one verdict: finished, a verdict, each test result written
 *     once. Checked here; the process exits 1 otherwise;
 *   - queue time (created → started, from the submissions' own timestamps): p50, p90, p99, max;
 *   - total time (first request → last verdict) and submissions per second;
 *   - p99 of catalog reads (list + detail) during the burst vs an idle baseline of the same reads
 *     in the same run, before the burst (goal: below 100 ms);
 *   - interview submissions (mock interviews, judged first): their queue time vs practice, and how
 *     many practice submissions created before them they started ahead of.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { loadProblemPackage } from '@tryout/judge';
import { ConfigService } from '@tryout/server-config';
import { runMigrations } from '@tryout/server-database';
import { importIntoDatabase } from '../api/import.util';

const ROOT = resolve(__dirname, '../..');
const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const SUBMISSIONS = num('BENCH_SUBMISSIONS', 1000);
const USERS = num('BENCH_USERS', 200);
const INTERVIEWS = num('BENCH_INTERVIEWS', 5);
const READERS = num('BENCH_READERS', 4);
const WORKERS = num('BENCH_WORKERS', 1);
const TIMEOUT_MS = num('BENCH_TIMEOUT_SECONDS', 3600) * 1000;
/** Easy function problems with a python reference solution; a mock interview draws one of them. */
const PROBLEMS = ['two-sum', 'reverse-list', 'stair-climb'];
/** How many requests a user (or the setup) has in flight at once. */
const REQUEST_CONCURRENCY = 32;

interface Proc {
  child: ChildProcess;
  tail(): string;
}

function node(script: string, env: NodeJS.ProcessEnv, name: string): Proc {
  const child = spawn(process.execPath, ['-r', './scripts/register.cjs', script], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const keep = (c: Buffer) => {
    lines.push(c.toString());
    if (lines.length > 200) lines.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { child, tail: () => `[${name}]\n${lines.join('').slice(-4000)}` };
}

async function until(probe: () => Promise<boolean>, timeoutMs: number, what: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Runs `task` for every item with at most `limit` in flight. */
async function pool<T, R>(items: T[], limit: number, task: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await task(items[i], i);
      }
    }),
  );
  return out;
}

/** Nearest-rank percentile of `values` (any order). */
function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const address = server.address();
  await new Promise((r) => server.close(r));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

async function api<T>(base: string, method: string, path: string, token?: string, body?: unknown): Promise<T> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${text.slice(0, 300)}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Catalog reads (the list, then a problem's detail) in `READERS` loops until `stop()`; latencies in ms. */
async function readCatalog(base: string, stop: () => boolean): Promise<number[]> {
  const latencies: number[] = [];
  let n = 0;
  await Promise.all(
    Array.from({ length: READERS }, async () => {
      while (!stop()) {
        const path = n++ % 2 === 0 ? '/api/problems' : `/api/problems/${PROBLEMS[n % PROBLEMS.length]}`;
        const t0 = performance.now();
        await api(base, 'GET', path);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return latencies;
}

const ms = (v: number) => `${v.toFixed(0)} ms`;
const s = (v: number) => `${(v / 1000).toFixed(1)} s`;

async function main(): Promise<void> {
  const base = ConfigService.fromEnv();
  const dbName = `tryout_bench_load_${process.pid}`;
  const prefix = `bench_${randomBytes(4).toString('hex')}`;
  const adminUrl = new URL(base.get('DATABASE_URL'));
  adminUrl.pathname = '/postgres';
  const admin = new Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${dbName}"`);
  const dbUrl = new URL(adminUrl.toString());
  dbUrl.pathname = `/${dbName}`;
  const url = dbUrl.toString();
  const children: Proc[] = [];
  const load0 = loadavg();
  let failed = false;
  try {
    await runMigrations(url);
    const slugs = await importIntoDatabase(
      url,
      prefix,
      PROBLEMS.map((p) => join(ROOT, 'problems', p)),
      loadProblemPackage,
    );
    if (slugs.length !== PROBLEMS.length) throw new Error(`imported ${slugs.join(', ')} of ${PROBLEMS.join(', ')}`);
    const solutions = Object.fromEntries(
      PROBLEMS.map((p) => [p, readFileSync(join(ROOT, 'problems', p, 'submissions/accepted/solution.py'), 'utf8')]),
    );

    const port = await freePort();
    const apiUrl = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      JWT_SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'warn',
      DATABASE_URL: url,
      QUEUE_PREFIX: prefix,
      API_HOST: '127.0.0.1',
      API_PORT: String(port),
      WEB_ORIGIN: apiUrl,
      // The bench's users come from one address; per-user limits stay what they are in spirit
      // (each user has at most its share queued), raised only so the burst is not refused.
      SUBMISSIONS_PER_MINUTE: '100000',
      MAX_QUEUED_PER_USER: '100000',
      LOGIN_ATTEMPTS_PER_MINUTE: '100000',
      LOGIN_ATTEMPTS_PER_ADDRESS_PER_MINUTE: '100000',
      WORKER_CONCURRENCY: process.env.WORKER_CONCURRENCY ?? '2',
      SANDBOX_POOL_SIZE: process.env.SANDBOX_POOL_SIZE ?? '0',
      ADMIN_EMAIL: '',
      ADMIN_PASSWORD: '',
    };
    const apiProc = node('apps/api/src/main.ts', env, 'api');
    children.push(apiProc);
    for (let w = 0; w < WORKERS; w++)
      children.push(node('apps/worker/src/main.ts', { ...env, LOG_LEVEL: 'info' }, `worker ${w}`));
    await until(
      async () => (await fetch(`${apiUrl}/api/languages`)).ok,
      120_000,
      () => apiProc.tail(),
    );

    console.log(`[load] api up; registering ${USERS} users and ${INTERVIEWS} interview candidates`);
    // Users: the burst's, and one per interview (mock interviews: each its own candidate).
    const register = (tag: string) =>
      api<{ accessToken: string }>(apiUrl, 'POST', '/api/auth/register', undefined, {
        email: `${tag}-${randomBytes(4).toString('hex')}@example.com`,
        password: 'bench-password-123',
        displayName: tag,
      }).then((r) => r.accessToken);
    const users = await pool(
      Array.from({ length: USERS }, (_, i) => i),
      8,
      (i) => register(`load${i}`),
    );
    const candidates = await pool(
      Array.from({ length: INTERVIEWS }, (_, i) => i),
      8,
      (i) => register(`candidate${i}`),
    );
    // Each candidate's mock interview, started: one easy problem drawn from the three, in python.
    const sessions = await pool(candidates, 4, async (token) => {
      const mock = await api<{ id: string }>(apiUrl, 'POST', '/api/mocks', token, {
        counts: { easy: 1, medium: 0, hard: 0 },
        durationMinutes: 90,
        languages: ['python'],
      });
      const scoped = (await api<{ accessToken: string }>(apiUrl, 'POST', `/api/mocks/${mock.id}/session`, token))
        .accessToken;
      const started = await api<{ problems: { slug: string }[] }>(
        apiUrl,
        'POST',
        '/api/interview/session/start',
        scoped,
      );
      return { scoped, slug: started.problems[0].slug };
    });
    for (let w = 0; w < WORKERS; w++)
      await until(
        async () => children[1 + w].tail().includes('worker ready'),
        120_000,
        () => children[1 + w].tail(),
      );

    console.log('[load] measuring idle catalog reads for 10 s (after 5 s of warm-up)');
    // Idle baseline: the same reads, nothing else running, after a warm-up (JIT, caches, pools).
    const warmStart = Date.now();
    await readCatalog(apiUrl, () => Date.now() - warmStart > 5_000);
    const idleStart = Date.now();
    const idle = await readCatalog(apiUrl, () => Date.now() - idleStart > 10_000);

    // The burst. Submission i belongs to user i mod USERS and solves problem i mod 3.
    let done = false;
    const busyReads = readCatalog(apiUrl, () => done);
    const t0 = Date.now();
    const perUser = Array.from({ length: USERS }, (_, u) =>
      Array.from({ length: Math.ceil((SUBMISSIONS - u) / USERS) }, (_, k) => u + k * USERS),
    );
    const practice: string[] = [];
    let posted = 0;
    const postAll = pool(perUser, REQUEST_CONCURRENCY, async (mine, u) => {
      for (const i of mine) {
        const slug = PROBLEMS[i % PROBLEMS.length];
        const res = await api<{ id: string }>(apiUrl, 'POST', '/api/submissions', users[u], {
          problem: slug,
          language: 'python',
          mode: 'submit',
          source: solutions[slug],
        });
        practice.push(res.id);
        posted++;
      }
    });
    // Mid-burst: once half the burst is in, each candidate submits its interview problem.
    await until(
      async () => posted >= SUBMISSIONS / 2,
      TIMEOUT_MS,
      () => `${posted} posted`,
    );
    const interviews = await Promise.all(
      sessions.map(async ({ scoped, slug }) => {
        const res = await api<{ id: string }>(apiUrl, 'POST', '/api/interview/session/submissions', scoped, {
          position: 1,
          language: 'python',
          mode: 'submit',
          source: solutions[slug],
        });
        return res.id;
      }),
    );
    await postAll;
    const postedIn = Date.now() - t0;
    console.log(`[load] ${practice.length + interviews.length} submissions accepted in ${s(postedIn)}; judging`);
    const all = [...practice, ...interviews];

    const db = new Client({ connectionString: url });
    await db.connect();
    try {
      let lastReport = Date.now();
      await until(
        async () => {
          const { rows } = await db.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM submissions WHERE id = ANY($1) AND status = 'finished'`,
            [all],
          );
          if (Date.now() - lastReport > 15_000) {
            lastReport = Date.now();
            console.log(`[load] ${rows[0].n}/${all.length} judged after ${s(Date.now() - t0)}`);
          }
          return rows[0].n === all.length;
        },
        TIMEOUT_MS,
        () => 'not every submission was judged in time',
      );
      done = true;
      const busy = await busyReads;

      // Exactly one verdict each: finished with a verdict, every test result written once.
      const { rows } = await db.query<{
        id: string;
        status: string;
        verdict: string | null;
        queue_ms: number | null;
        created: number;
        started: number | null;
        finished: number;
        results: number;
        indexes: number;
        interview: boolean;
      }>(
        `SELECT s.id, s.status, s.verdict, s.interview_session_id IS NOT NULL AS interview,
                extract(epoch FROM s.started_at - s.created_at) * 1000 AS queue_ms,
                extract(epoch FROM s.created_at) * 1000 AS created,
                extract(epoch FROM s.started_at) * 1000 AS started,
                extract(epoch FROM s.finished_at) * 1000 AS finished,
                (SELECT count(*)::int FROM submission_test_results r WHERE r.submission_id = s.id) AS results,
                (SELECT count(DISTINCT r.index)::int FROM submission_test_results r WHERE r.submission_id = s.id) AS indexes
           FROM submissions s`,
      );
      const problems = new Set<string>();
      const ids = new Set(all);
      if (rows.length !== all.length || rows.some((r) => !ids.has(r.id)))
        problems.add(`${rows.length} submissions in the database for ${all.length} accepted requests`);
      const verdicts: Record<string, number> = {};
      let good = 0;
      for (const r of rows) {
        verdicts[r.verdict ?? 'none'] = (verdicts[r.verdict ?? 'none'] ?? 0) + 1;
        const ended = r.status === 'finished' && !!r.verdict;
        if (!ended) problems.add(`${r.id} ended ${r.status} without a verdict`);
        if (r.results !== r.indexes) problems.add(`${r.id} has a test result written twice`);
        if (ended && r.results === r.indexes && ids.has(r.id)) good++;
      }
      const [counted] = (await db.query<{ n: number }>(`SELECT coalesce(sum(submit_count), 0)::int AS n FROM problems`))
        .rows;

      const queue = (list: typeof rows) => list.filter((r) => r.started !== null).map((r) => Number(r.queue_ms));
      const practiceRows = rows.filter((r) => !r.interview);
      const interviewRows = rows.filter((r) => r.interview);
      const total = Math.max(...rows.map((r) => Number(r.finished))) - t0;
      // Practice submissions created before an interview submission that started after it.
      let overtaken = 0;
      let olderPractice = 0;
      for (const iv of interviewRows) {
        for (const p of practiceRows) {
          if (Number(p.created) >= Number(iv.created) || p.started === null || iv.started === null) continue;
          olderPractice++;
          if (Number(p.started) > Number(iv.started)) overtaken++;
        }
      }
      const load1 = loadavg();
      const pq = queue(practiceRows);
      const iq = queue(interviewRows);
      console.log(
        `\nLoad test: ${practiceRows.length} practice submissions from ${USERS} users + ${interviewRows.length} interview submissions, ` +
          `${PROBLEMS.join(', ')} in python; ${WORKERS} worker process(es), WORKER_CONCURRENCY=${env.WORKER_CONCURRENCY}, ` +
          `SANDBOX_POOL_SIZE=${env.SANDBOX_POOL_SIZE}; load average ${load0.map((l) => l.toFixed(2)).join(' ')} at start, ` +
          `${load1.map((l) => l.toFixed(2)).join(' ')} at the end\n`,
      );
      console.log('| figure | value |');
      console.log('|---|---:|');
      console.log(`| submissions, each with exactly one verdict | ${good} of ${all.length} |`);
      console.log(
        `| verdicts | ${Object.entries(verdicts)
          .map(([v, n]) => `${v} ${n}`)
          .join(', ')} |`,
      );
      console.log(`| problems' submit counters (sum) | ${counted.n} |`);
      console.log(`| all requests answered 202 in | ${s(postedIn)} |`);
      console.log(`| total (first request → last verdict) | ${s(total)} |`);
      console.log(`| throughput | ${((rows.length / total) * 1000).toFixed(2)} submissions/s |`);
      console.log(
        `| practice queue time p50 / p90 / p99 / max | ${s(percentile(pq, 50))} / ${s(percentile(pq, 90))} / ${s(percentile(pq, 99))} / ${s(Math.max(...pq))} |`,
      );
      console.log(
        `| interview queue time p50 / max | ${iq.length ? `${s(percentile(iq, 50))} / ${s(Math.max(...iq))}` : 'none'} |`,
      );
      console.log(
        `| older practice submissions the interview ones started ahead of | ${overtaken} of ${olderPractice} (${((overtaken / Math.max(1, olderPractice)) * 100).toFixed(0)}%) |`,
      );
      console.log(
        `| catalog reads idle: n / p50 / p99 | ${idle.length} / ${ms(percentile(idle, 50))} / ${ms(percentile(idle, 99))} |`,
      );
      console.log(
        `| catalog reads during the burst: n / p50 / p99 | ${busy.length} / ${ms(percentile(busy, 50))} / ${ms(percentile(busy, 99))} (goal < 100 ms) |`,
      );
      console.log(
        `| catalog p99 during the burst vs idle | ${(percentile(busy, 99) / percentile(idle, 99)).toFixed(2)}× |`,
      );
      // Practice submits count once each in their problem's counters; interview ones stay out of them.
      if (counted.n !== practiceRows.length)
        problems.add(`the problems count ${counted.n} submits for ${practiceRows.length} practice submissions`);
      if (problems.size > 0) {
        failed = true;
        console.error(
          `\nFAILED: not every submission has exactly one verdict:\n${[...problems].slice(0, 20).join('\n')}`,
        );
      }
    } finally {
      await db.end();
    }
  } catch (err) {
    for (const c of children) console.error(c.tail());
    throw err;
  } finally {
    await Promise.all(
      children.map(async ({ child }) => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
        await exited;
        clearTimeout(timer);
      }),
    );
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
  if (failed) process.exit(1);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
