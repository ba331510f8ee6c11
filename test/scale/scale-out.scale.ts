/**
 * Scale-out: judge workers on three hosts share one queue and one database. Each host is a network
 * namespace (test/support/test-hosts.ts) whose worker reaches Postgres and Redis over a veth pair
 * and a bridge, as a worker on another machine would over the network; the api runs in the root
 * namespace. The hosts share the machine's one Docker engine and its two cores, so the throughput
 * ratio printed below says how the queue spreads work, not what three real machines would add.
 *
 * Three bursts of small python submissions on the slow-sum fixture, 48 in all, from 12 users (one
 * running judge per user, so more users than judge slots):
 *   1. one host (WORKER_CONCURRENCY=2): throughput baseline;
 *   2. three hosts (2 each): every host judges some; throughput and its ratio to 1. are printed,
 *      never asserted;
 *   3. three hosts, slow submissions; one host's worker is SIGKILLed while it judges. Its jobs are
 *      handed over when their lock expires (BullMQ's stalled check), and the sweeper stands behind.
 * Afterwards every submission has exactly one verdict (results written once, counted once), no
 * submission was logged as judged by two hosts, and no host's sandbox is left on the engine.
 *
 *   npm run test:scale      (root, like the fault tests; 8–11 min on the 2-core machine at load 25–35)
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { JUDGE_QUEUE } from '@tryout/contracts';
import { ConfigService } from '@tryout/server-config';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database';
import Dockerode from 'dockerode';
import {
  SLEEPY,
  SLOW_SUM,
  driverIds,
  expectNoSandboxLeft,
  expectOneVerdictEach,
  query,
  signUp,
  statuses,
  waitAllFinished,
} from '../support/faults';
import { call } from '../support/http';
import { waitFor } from '../support/private-services';
import { deleteQueuePrefix, uniqueQueuePrefix } from '../support/queue';
import { freePort } from '../support/stack';
import { TestHosts } from '../support/test-hosts';

const ROOT = resolve(__dirname, '../..');
const HOSTS = 3;
const USERS = 12;
/**
 * 12 fast submissions (one per user), 12 fast, then 24 slow ones for the kill (two per user: more
 * than two waves of the hosts' 6 judge slots, so some still queue when a host has finished one,
 * however quickly the first wave went).
 */
const SLOW_PER_USER = 2;
const SUBMISSIONS = USERS * (2 + SLOW_PER_USER);
const FAST = 'a, b = map(int, input().split())\nprint(a + b)\n';
const KILLED_HOST = 2;
const docker = new Dockerode({ socketPath: '/var/run/docker.sock' });

interface Proc {
  child: ChildProcess;
  out: string[];
  log(): string;
}

function start(child: ChildProcess, name: string): Proc {
  const out: string[] = [];
  child.stdout?.on('data', (c: Buffer) => out.push(c.toString()));
  child.stderr?.on('data', (c: Buffer) => out.push(c.toString()));
  return { child, out, log: () => `[${name}]\n${out.join('').slice(-6000)}` };
}

async function stop(proc: Proc | undefined, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  const child = proc?.child;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  await exited;
  clearTimeout(timer);
}

/** The submission ids a worker logged as judged (one line per recorded verdict). */
function judgedBy(proc: Proc): string[] {
  const ids: string[] = [];
  for (const line of proc.out.join('').split('\n')) {
    if (!line.includes('"judged"')) continue;
    const m = /"submissionId":"([0-9a-f-]+)"/.exec(line);
    if (m) ids.push(m[1]);
  }
  return ids;
}

describe('scale-out: workers on three hosts', () => {
  let hosts: TestHosts | undefined;
  let db: TestDatabase | undefined;
  let api: Proc | undefined;
  const workers = new Map<number, Proc>();
  const prefix = uniqueQueuePrefix();
  let url = '';
  let workerEnv: NodeJS.ProcessEnv = {};

  beforeAll(async () => {
    hosts = await TestHosts.create(HOSTS);
    db = await createTestDatabase();
    // The hosts reach the shared Postgres and Redis through forwarders on the bridge address.
    const pgTarget = new URL(db.url);
    const redisTarget = new URL(ConfigService.fromEnv().get('REDIS_URL'));
    const pg = await hosts.forward(pgTarget.hostname, Number(pgTarget.port || 5432));
    const redis = await hosts.forward(redisTarget.hostname, Number(redisTarget.port || 6379));
    const hostDb = new URL(db.url);
    hostDb.hostname = hosts.gateway;
    hostDb.port = String(pg.port);
    const hostRedis = new URL(redisTarget.toString());
    hostRedis.hostname = hosts.gateway;
    hostRedis.port = String(redis.port);

    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      DATABASE_URL: db.url,
      QUEUE_PREFIX: prefix,
      API_HOST: '127.0.0.1',
      API_PORT: String(port),
      WEB_ORIGIN: url,
      JWT_SECRET: 'scale-secret-scale-secret-scale-secret-scale',
      SUBMISSIONS_PER_MINUTE: '1000',
      MAX_QUEUED_PER_USER: '100',
      LOGIN_ATTEMPTS_PER_ADDRESS_PER_MINUTE: '1000',
      LOGIN_ATTEMPTS_PER_MINUTE: '1000',
    };
    workerEnv = {
      ...env,
      LOG_LEVEL: 'info',
      DATABASE_URL: hostDb.toString(),
      REDIS_URL: hostRedis.toString(),
      WORKER_CONCURRENCY: '2',
      // Every job starts its own container (or reuses its user's): no warm pool of every language per host.
      SANDBOX_POOL_SIZE: '0',
      // A short lock: the killed host's jobs are handed over within seconds.
      WORKER_LOCK_MS: '4000',
      SWEEPER_INTERVAL_SECONDS: '2',
      SWEEPER_GRACE_SECONDS: '5',
      // The survivors' janitors remove the killed host's sandboxes soon after its death.
      JANITOR_INTERVAL_SECONDS: '3',
    };
    const node = (args: string[], e: NodeJS.ProcessEnv) =>
      spawn(process.execPath, ['-r', './scripts/register.cjs', ...args], {
        cwd: ROOT,
        env: e,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    const imported = start(node(['apps/cli/src/main.ts', 'import', SLOW_SUM], env), 'import');
    const [code] = (await once(imported.child, 'exit')) as [number | null];
    if (code !== 0) throw new Error(`import exited with ${code}\n${imported.log()}`);
    api = start(node(['apps/api/src/main.ts'], env), 'api');
    await waitFor(
      async () => (await fetch(`${url}/api/languages`)).ok,
      90_000,
      () => api?.log() ?? '',
      250,
    );
  });

  afterAll(async () => {
    // SIGTERM: a worker drains and removes its sandboxes from the shared engine.
    await Promise.all([...workers.values(), api].map((p) => stop(p)));
    await hosts?.dispose();
    await db?.drop();
    await deleteQueuePrefix(prefix);
  });

  async function startWorker(host: number): Promise<void> {
    if (!hosts) throw new Error('no hosts');
    const proc = start(
      hosts.spawn(host, process.execPath, ['-r', './scripts/register.cjs', 'apps/worker/src/main.ts'], {
        cwd: ROOT,
        env: workerEnv,
      }),
      `worker on host ${host}`,
    );
    workers.set(host, proc);
    await waitFor(
      async () => {
        if (proc.child.exitCode !== null) throw new Error('exited');
        return proc.out.join('').includes('worker ready');
      },
      90_000,
      () => proc.log(),
      250,
    );
  }

  it('every host judges, every submission ends with exactly one verdict, a killed host loses nothing', async () => {
    if (!db) throw new Error('no database');
    const dbUrl = db.url;
    const tokens: string[] = [];
    for (let u = 0; u < USERS; u++) tokens.push(await signUp({ url }, `scale${u}`));
    const post = async (token: string, source: string) => {
      const res = await call(url, 'POST', '/api/submissions', {
        token,
        body: { problem: 'slow-sum', language: 'python', mode: 'submit', source },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(202);
      return res.body.id as string;
    };
    const logs = () => [...workers.values()].map((w) => w.log()).join('\n') + `\n${api?.log() ?? ''}`;
    /** `perUser` submissions from every user at once; resolves with their ids and the seconds until all are judged. */
    const burst = async (source: string, during?: (ids: string[]) => Promise<void>, perUser = 1) => {
      const t0 = performance.now();
      const ids = await Promise.all(
        Array.from({ length: perUser }, () => tokens).flatMap((round) => round.map((t) => post(t, source))),
      );
      await during?.(ids);
      await waitAllFinished(dbUrl, ids, 240_000, logs);
      return { ids, seconds: (performance.now() - t0) / 1000 };
    };

    // 1. One host.
    await startWorker(1);
    const one = await burst(FAST);

    // 2. Three hosts: every one judges some of the burst.
    for (let h = 2; h <= HOSTS; h++) await startWorker(h);
    const three = await burst(FAST);
    const perHost = [...workers.entries()].map(([h, w]) => {
      const mine = new Set(judgedBy(w));
      return { host: h, judged: three.ids.filter((id) => mine.has(id)).length };
    });
    for (const { host, judged } of perHost) expect(judged, `host ${host} judged none\n${logs()}`).toBeGreaterThan(0);

    const rate1 = one.ids.length / one.seconds;
    const rate3 = three.ids.length / three.seconds;
    console.log(
      `[scale] 1 host: ${one.ids.length} submissions in ${one.seconds.toFixed(1)} s (${rate1.toFixed(2)}/s); ` +
        `${HOSTS} hosts: ${three.ids.length} in ${three.seconds.toFixed(1)} s (${rate3.toFixed(2)}/s); ` +
        `ratio ${(rate3 / rate1).toFixed(2)} (the hosts share one Docker engine and this machine's cores); ` +
        `judged per host: ${perHost.map((p) => `${p.host}:${p.judged}`).join(' ')}`,
    );

    // 3. One host's worker dies mid-burst, while it holds jobs: right after it finished one of the
    //    burst, with others still queued, it has taken the next.
    const killed = workers.get(KILLED_HOST);
    if (!killed) throw new Error('no worker to kill');
    const before = new Set(judgedBy(killed));
    const slow = await burst(
      SLEEPY,
      async (ids) => {
        await waitFor(
          async () => judgedBy(killed).some((id) => !before.has(id) && ids.includes(id)),
          120_000,
          () => `host ${KILLED_HOST} judged nothing of the slow burst\n${logs()}`,
          50,
        );
        await new Promise((r) => setTimeout(r, 500));
        const now = await statuses(dbUrl, ids);
        expect(now.queued ?? 0, `the burst must still queue: ${JSON.stringify(now)}`).toBeGreaterThan(0);
        killed.child.kill('SIGKILL');
        await once(killed.child, 'exit');
      },
      SLOW_PER_USER,
    );
    expect(killed.child.signalCode).toBe('SIGKILL');

    // The killed host's in-flight jobs were handed over (stalled, moved back to wait) or requeued by
    // the sweeper; either way another host finished them.
    const queue = new Queue(JUDGE_QUEUE, { connection: { url: ConfigService.fromEnv().get('REDIS_URL') }, prefix });
    let handedOver = 0;
    try {
      for (const id of slow.ids) {
        const job = await queue.getJob(id);
        if ((job?.stalledCounter ?? 0) > 0) handedOver++;
      }
    } finally {
      await queue.close();
    }
    const requeued = [...workers.values()].reduce(
      (n, w) =>
        n +
        w.out
          .join('')
          .split('\n')
          .filter((l) => l.includes('re-enqueued submissions')).length,
      0,
    );
    console.log(`[scale] killed host ${KILLED_HOST}: ${handedOver} jobs handed over, ${requeued} sweeper lines`);
    expect(handedOver + requeued, logs()).toBeGreaterThan(0);

    // Exactly one verdict each, over all three bursts, and no submission judged by two hosts.
    const all = [...one.ids, ...three.ids, ...slow.ids];
    expect(all).toHaveLength(SUBMISSIONS);
    await expectOneVerdictEach(dbUrl, all, logs);
    const seen = new Map<string, number>();
    for (const w of workers.values()) for (const id of judgedBy(w)) seen.set(id, (seen.get(id) ?? 0) + 1);
    expect([...seen.entries()].filter(([, n]) => n > 1)).toEqual([]);
    const [{ n }] = await query<{ n: number }>(dbUrl, `SELECT count(*)::int AS n FROM submissions`);
    expect(n).toBe(SUBMISSIONS);

    // No sandbox of any host is left on the shared engine: the killed host's are removed by the
    // survivors' janitors, the others' by their own workers as they stop.
    const killedDrivers = driverIds(killed.out.join(''));
    expect(killedDrivers).toHaveLength(1);
    await waitFor(
      async () => {
        await expectNoSandboxLeft(docker, killedDrivers);
        return true;
      },
      60_000,
      () => `the killed host's sandboxes were not removed\n${logs()}`,
      1000,
    );
    const drivers = [...workers.values()].flatMap((w) => driverIds(w.out.join('')));
    expect(drivers).toHaveLength(HOSTS);
    await Promise.all([...workers.values()].map((w) => stop(w)));
    await expectNoSandboxLeft(docker, drivers, logs);
  }, 600_000);
});
