/**
 * The real stack for end-to-end tests: api + worker as child processes (exactly what `npm start`
 * runs) on an ephemeral port, with a private database (cloned template), a private queue prefix,
 * and a catalog imported from the given problem folders.
 *
 *   const stack = await startStack({ problems: ['problems/two-sum'] });
 *   // stack.url → http://127.0.0.1:<port> (web app at /, API at /api)
 *   await stack.stop();
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { createTestDatabase, type TestDatabase } from './database';
import { deleteQueuePrefix, uniqueQueuePrefix } from './queue';

const ROOT = resolve(__dirname, '../..');

export interface Stack {
  url: string;
  env: NodeJS.ProcessEnv;
  admin: { email: string; password: string };
  /** The current worker process (replaced by startWorker). */
  worker(): ChildProcess;
  /** The last lines the current worker printed. */
  workerLog(): string;
  /** The last lines the api printed. */
  apiLog(): string;
  /** Kills the worker with a signal and waits for it to exit. */
  killWorker(signal: NodeJS.Signals): Promise<void>;
  /** Starts a new worker process with the same environment (it becomes the current worker). */
  startWorker(): ChildProcess;
  /** The last lines any child of this stack (an earlier worker too) printed. */
  logOf(child: ChildProcess): string;
  /** Kills the api with a signal and waits for it to exit. */
  killApi(signal: NodeJS.Signals): Promise<void>;
  /** Starts the api again with the same environment and waits until it answers. */
  startApi(): Promise<void>;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

function node(args: string[], env: NodeJS.ProcessEnv, name: string): ChildProcess {
  const child = spawn(process.execPath, ['-r', './scripts/register.cjs', ...args], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail: string[] = [];
  const keep = (chunk: Buffer) => {
    tail.push(chunk.toString());
    // Generous: a test may read every line a child printed (test/logging.int.ts parses them all).
    if (tail.length > 2000) tail.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  (child as ChildProcess & { logTail: () => string }).logTail = () => `[${name}]\n${tail.join('')}`;
  return child;
}

function logTail(child: ChildProcess): string {
  return (child as ChildProcess & { logTail?: () => string }).logTail?.() ?? '';
}

async function run(args: string[], env: NodeJS.ProcessEnv, name: string): Promise<void> {
  const child = node(args, env, name);
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`${name} exited with ${code}\n${logTail(child)}`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  await once(child, 'exit');
  clearTimeout(timer);
}

export interface StackOptions {
  problems: string[];
  env?: NodeJS.ProcessEnv;
  /** A migrated database to use instead of a clone of the template (e.g. on a private Postgres). */
  database?: Pick<TestDatabase, 'url' | 'drop'>;
}

async function waitForApi(api: ChildProcess, worker: ChildProcess | undefined, url: string): Promise<void> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (api.exitCode !== null) throw new Error(`api exited\n${logTail(api)}`);
    if (worker && worker.exitCode !== null) throw new Error(`worker exited\n${logTail(worker)}`);
    const ok = await fetch(`${url}/api/languages`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`api did not come up\n${logTail(api)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export async function startStack(options: StackOptions): Promise<Stack> {
  const db = options.database ?? (await createTestDatabase());
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const admin = { email: `admin-${port}@tryout.test`, password: 'admin-password-for-tests' };
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATABASE_URL: db.url,
    QUEUE_PREFIX: uniqueQueuePrefix(),
    API_HOST: '127.0.0.1',
    API_PORT: String(port),
    WEB_ORIGIN: url,
    JWT_SECRET: 'e2e-secret-e2e-secret-e2e-secret-e2e-secret',
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    WORKER_CONCURRENCY: '2',
    ...options.env,
  };
  const children: ChildProcess[] = [];
  const stop = async () => {
    await Promise.all(children.map(stopChild));
    await db.drop();
    await deleteQueuePrefix(String(env.QUEUE_PREFIX));
  };
  try {
    // One process for every package: each CLI start costs seconds of a loaded CI host.
    if (options.problems.length)
      await run(['apps/cli/src/main.ts', 'import', ...options.problems], env, `import ${options.problems.join(' ')}`);
    let api = node(['apps/api/src/main.ts'], env, 'api');
    let worker = node(['apps/worker/src/main.ts'], env, 'worker');
    children.push(api, worker);
    await waitForApi(api, worker, url);
    return {
      url,
      env,
      admin,
      stop,
      worker: () => worker,
      workerLog: () => logTail(worker),
      apiLog: () => logTail(api),
      async killWorker(signal) {
        if (worker.exitCode !== null || worker.signalCode !== null) return;
        worker.kill(signal);
        await once(worker, 'exit');
      },
      startWorker() {
        worker = node(['apps/worker/src/main.ts'], env, 'worker');
        children.push(worker);
        return worker;
      },
      logOf: logTail,
      async killApi(signal) {
        if (api.exitCode !== null || api.signalCode !== null) return;
        api.kill(signal);
        await once(api, 'exit');
      },
      async startApi() {
        api = node(['apps/api/src/main.ts'], env, 'api');
        children.push(api);
        await waitForApi(api, undefined, url);
      },
    };
  } catch (err) {
    await stop();
    throw err;
  }
}
