/**
 * API benchmark: autocannon at fixed concurrency against the catalog list, a problem's detail,
 * POST /api/submissions (run mode; queued only, no worker consumes the bench prefix) and a bare
 * hello-world route of the same server, in one run. Prints req/s, p50/p99 and the ratio to hello.
 *
 *   npm run bench:api            (or: node -r ./scripts/register.cjs bench/api/run.ts)
 *   BENCH_DURATION=10 BENCH_CONNECTIONS=32 npm run bench:api
 *   BENCH_ONLY=POST npm run bench:api                       (hello plus the routes whose name matches)
 *   BENCH_SERVER_NODE_FLAGS="--cpu-prof --cpu-prof-dir=tmp/prof" npm run bench:api   (profile the server)
 *
 * Uses a throw-away database (migrated, loaded with problems/) and a private queue prefix; both are
 * removed at the end. The server runs in its own process so the load generator does not share its
 * event loop. Logs at `warn` (request logging at `info` is a separate cost, the same for every route).
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { Redis } from 'ioredis';
import { findProblemDirs, loadProblemPackage } from '@tryout/judge';
import { ConfigService } from '@tryout/server-config';
import { runMigrations } from '@tryout/server-database';
import { importIntoDatabase } from './import.util';

const ROOT = resolve(__dirname, '../..');
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);

interface Row {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

function dbUrl(base: string, name: string): string {
  const u = new URL(base);
  u.pathname = `/${name}`;
  return u.toString();
}

async function startServer(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string }> {
  const flags = process.env.BENCH_SERVER_NODE_FLAGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...flags, '-r', './scripts/register.cjs', 'bench/api/server.ts'], {
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

function measure(name: string, opts: autocannon.Options): Promise<Row> {
  return new Promise((ok, fail) => {
    autocannon({ connections: CONNECTIONS, duration: DURATION, ...opts }, (err, r) => {
      if (err) return fail(err instanceof Error ? err : new Error(String(err)));
      ok({
        name,
        rps: r.requests.average,
        p50: r.latency.p50,
        p99: r.latency.p99,
        errors: r.errors + r.timeouts,
        non2xx: r.non2xx,
      });
    });
  });
}

async function main(): Promise<void> {
  const base = ConfigService.fromEnv();
  const dbName = `tryout_bench_${process.pid}`;
  const prefix = `bench_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: dbUrl(base.get('DATABASE_URL'), 'postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${dbName}"`);
  const url = dbUrl(base.get('DATABASE_URL'), dbName);
  let server: ChildProcess | undefined;
  try {
    await runMigrations(url);
    const env = {
      ...process.env,
      NODE_ENV: 'production',
      JWT_SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'warn',
      DATABASE_URL: url,
      QUEUE_PREFIX: prefix,
      BENCH_ROUTES: '1',
      SUBMISSIONS_PER_MINUTE: '100000000',
      MAX_QUEUED_PER_USER: '100000000',
      LOGIN_ATTEMPTS_PER_MINUTE: '100000',
      LOGIN_ATTEMPTS_PER_ADDRESS_PER_MINUTE: '100000',
      ADMIN_EMAIL: '',
      ADMIN_PASSWORD: '',
    };
    const started = await startServer(env);
    server = started.child;
    const api = started.url;

    // Load the catalog through the real import path; the server's cache hears the invalidation.
    const dirs = await findProblemDirs(resolve(ROOT, base.get('PROBLEMS_DIR')));
    const imported = await importIntoDatabase(url, prefix, dirs, loadProblemPackage);
    if (imported.length === 0) throw new Error('no problem could be loaded from problems/');
    const slug = imported[0];

    // As many users as connections, a random one per request: two requests of one user at once are
    // serialised by the user's lock (the in-flight cap), as they would be in production.
    const tokens: string[] = [];
    for (let i = 0; i < CONNECTIONS; i++) {
      const reg = await fetch(`${api}/api/auth/register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          email: `bench-${i}-${randomBytes(4).toString('hex')}@example.com`,
          password: 'bench-password-123',
          displayName: `Bench ${i}`,
        }),
      });
      tokens.push(((await reg.json()) as { accessToken: string }).accessToken);
    }
    const detail = (await (await fetch(`${api}/api/problems/${slug}`)).json()) as { languages: string[] };
    const language = detail.languages[0];

    const targets: [string, autocannon.Options][] = [
      ['GET /api/bench/hello', { url: `${api}/api/bench/hello` }],
      // The same route with a bearer token: the guard verifies the JWT and reads the account's role and
      // disabled state (one primary-key lookup). The gap to the line above is the whole per-request auth cost.
      [
        'GET /api/bench/hello (bearer)',
        {
          url: `${api}/api/bench/hello`,
          headers: { authorization: `Bearer ${tokens[0]}` },
          requests: [
            {
              setupRequest: (req) => ({
                ...req,
                headers: {
                  ...req.headers,
                  authorization: `Bearer ${tokens[Math.floor(Math.random() * tokens.length)]}`,
                },
              }),
            },
          ],
        },
      ],
      ['GET /api/problems', { url: `${api}/api/problems` }],
      [`GET /api/problems/${slug}`, { url: `${api}/api/problems/${slug}` }],
      [
        'POST /api/submissions (run)',
        {
          url: `${api}/api/submissions`,
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[0]}` },
          body: JSON.stringify({ problem: slug, language, mode: 'run', source: 'print(input())\n' }),
          requests: [
            {
              setupRequest: (req) => ({
                ...req,
                headers: {
                  ...req.headers,
                  authorization: `Bearer ${tokens[Math.floor(Math.random() * tokens.length)]}`,
                },
              }),
            },
          ],
        },
      ],
    ];
    // Preflight: every target must answer 2xx, or the numbers would measure errors.
    for (const [name, opts] of targets) {
      const res = await fetch(opts.url, {
        method: opts.method ?? 'GET',
        headers: opts.headers as Record<string, string> | undefined,
        body: opts.body as string | undefined,
      });
      if (!res.ok) throw new Error(`${name} answered ${res.status}: ${await res.text()}`);
    }
    const rows: Row[] = [];
    const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : null;
    for (const [name, opts] of targets) {
      if (only && name !== targets[0][0] && !only.test(name)) continue;
      await measure(name, { ...opts, duration: 2 }); // warm-up: JIT, caches, pools
      rows.push(await measure(name, opts));
    }
    const hello = rows[0].rps;
    console.log(
      `\nAPI bench: ${CONNECTIONS} connections, ${DURATION}s per route, ${imported.length} problems, server in its own process\n`,
    );
    console.log('| route | req/s | p50 ms | p99 ms | vs hello | errors | non-2xx |');
    console.log('|---|---:|---:|---:|---:|---:|---:|');
    for (const r of rows) {
      console.log(
        `| ${r.name} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${((r.rps / hello) * 100).toFixed(0)}% | ${r.errors} | ${r.non2xx} |`,
      );
    }
  } finally {
    server?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
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
