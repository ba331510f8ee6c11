/**
 * Private, throw-away instances of the services the platform depends on, for fault tests: the
 * shared Postgres, Redis and Docker engine serve every test on the machine and are never
 * restarted, stopped or reconfigured by a test. Each instance listens on its own port or socket,
 * is bounded in time (every wait has a deadline) and is killed when the test process exits, even
 * on failure.
 *
 *   const redis = new PrivateRedis(await freePort()); await redis.start(); … await redis.dispose();
 *   const pg = await PrivatePostgres.create(await freePort()); await pg.start(); pg.url('tryout');
 *   const engine = new PrivateDockerd(); await engine.start(); await engine.loadImage('tryout-runner-python:latest');
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Dockerode from 'dockerode';
import { Redis } from 'ioredis';
import { Client } from 'pg';

const ROOT = resolve(__dirname, '../..');

/** Children still running: killed when the test process exits however it exits. */
const live = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

function track(child: ChildProcess, name: string): { tail: () => string } {
  live.add(child);
  child.once('exit', () => live.delete(child));
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(chunk.toString());
    if (lines.length > 200) lines.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { tail: () => `[${name}]\n${lines.join('')}` };
}

function running(child: ChildProcess | undefined): child is ChildProcess {
  return !!child && child.exitCode === null && child.signalCode === null;
}

/** Sends `signal`, then SIGKILL after `graceMs`; resolves when the process has exited. */
async function stop(child: ChildProcess | undefined, signal: NodeJS.Signals, graceMs = 20_000): Promise<void> {
  if (!running(child)) return;
  const exited = once(child, 'exit');
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/** Polls `probe` until it resolves true; throws with `describe()` after `timeoutMs`. */
export async function waitFor(
  probe: () => Promise<boolean>,
  timeoutMs: number,
  describe: () => string,
  intervalMs = 100,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await probe().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms: ${describe()}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** A redis-server without persistence, as a default install restarts: empty. */
export class PrivateRedis {
  private child?: ChildProcess;
  private log = { tail: () => '' };
  private readonly dir = mkdtempSync(join(tmpdir(), 'tryout-redis-'));
  constructor(readonly port: number) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.child = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', this.dir],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.log = track(this.child, 'redis-server');
    await waitFor(
      async () => {
        const probe = new Redis(this.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
        probe.on('error', () => undefined); // refused until the server listens: polled
        try {
          await probe.connect();
          return (await probe.ping()) === 'PONG';
        } finally {
          probe.disconnect();
        }
      },
      10_000,
      () => `private redis-server did not start\n${this.log.tail()}`,
    );
  }

  async kill(): Promise<void> {
    await stop(this.child, 'SIGKILL');
  }

  async dispose(): Promise<void> {
    await this.kill();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Debian's server binaries (postgresql-<major>), newest major first. */
function postgresBin(name: string): string {
  const base = '/usr/lib/postgresql';
  const majors = existsSync(base)
    ? readdirSync(base)
        .filter((d) => /^\d+$/.test(d))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  for (const major of majors) {
    const path = join(base, major, 'bin', name);
    if (existsSync(path)) return path;
  }
  throw new Error(`no ${name} under ${base}/*/bin (install Debian's postgresql package)`);
}

/** Postgres refuses to run as root: as root, the cluster belongs to the `postgres` user. */
function postgresIdentity(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  return { uid, gid };
}

/**
 * A private Postgres cluster: initdb into a temporary directory, its own port, its socket in that
 * directory, trust authentication on 127.0.0.1 only. fsync is off (a process kill keeps what the
 * kernel holds; only a machine crash would lose it), which keeps initdb and checkpoints cheap.
 */
export class PrivatePostgres {
  private child?: ChildProcess;
  private log = { tail: () => '' };

  private constructor(
    readonly port: number,
    private readonly dir: string,
    private readonly owner: { uid: number; gid: number } | undefined,
  ) {}

  static async create(port: number): Promise<PrivatePostgres> {
    const dir = mkdtempSync(join(tmpdir(), 'tryout-pg-'));
    const owner = postgresIdentity();
    if (owner) chownSync(dir, owner.uid, owner.gid);
    const initdb = spawn(
      postgresBin('initdb'),
      ['-D', join(dir, 'data'), '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8', '--locale', 'C'],
      { stdio: ['ignore', 'pipe', 'pipe'], ...owner },
    );
    const log = track(initdb, 'initdb');
    const [code] = (await once(initdb, 'exit')) as [number | null];
    if (code !== 0) {
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`initdb exited with ${code}\n${log.tail()}`);
    }
    return new PrivatePostgres(port, dir, owner);
  }

  url(database: string): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  async start(): Promise<void> {
    this.child = spawn(
      postgresBin('postgres'),
      [
        '-D',
        join(this.dir, 'data'),
        '-p',
        String(this.port),
        '-k',
        this.dir,
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'fsync=off',
        '-c',
        'max_connections=60',
        '-c',
        'shared_buffers=32MB',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], ...this.owner },
    );
    this.log = track(this.child, 'postgres');
    await waitFor(
      async () => {
        const client = new Client({ connectionString: this.url('postgres') });
        client.on('error', () => undefined);
        try {
          await client.connect();
          await client.query('SELECT 1');
          return true;
        } finally {
          await client.end().catch(() => undefined);
        }
      },
      30_000,
      () => `private postgres did not start\n${this.log.tail()}`,
      200,
    );
  }

  async createDatabase(name: string): Promise<string> {
    const client = new Client({ connectionString: this.url('postgres') });
    await client.connect();
    try {
      await client.query(`CREATE DATABASE "${name}"`);
    } finally {
      await client.end();
    }
    return this.url(name);
  }

  /** An immediate shutdown (SIGQUIT): connections are cut, the next start runs crash recovery. */
  async crash(): Promise<void> {
    await stop(this.child, 'SIGQUIT');
  }

  logTail(): string {
    return this.log.tail();
  }

  async dispose(): Promise<void> {
    await stop(this.child, 'SIGQUIT');
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * A private Docker engine: its own data root, exec root, pidfile and socket, no bridge and no
 * iptables (sandboxes run with network none), its containers under their own cgroup parent. The
 * data root lives in this checkout's tmp/ and is kept between runs, so an image loaded once (by
 * id) is not loaded again; everything else is removed on dispose. Needs root, like any dockerd.
 */
export class PrivateDockerd {
  private child?: ChildProcess;
  private log = { tail: () => '' };
  readonly dataRoot = join(ROOT, 'tmp', 'fault-dockerd');
  // Short: containerd's sockets live under the exec root and a socket path is limited to 108 bytes.
  private readonly execRoot = mkdtempSync(join(tmpdir(), 'tdk-'));
  readonly socket = join(this.execRoot, 'docker.sock');
  readonly docker = new Dockerode({ socketPath: this.socket });

  get host(): string {
    return `unix://${this.socket}`;
  }

  async start(): Promise<void> {
    if (process.getuid?.() !== 0)
      throw new Error('a private dockerd needs root (the fault tests run as root, like CI)');
    mkdirSync(this.dataRoot, { recursive: true });
    // Not the host's /etc/docker/daemon.json: nothing of the shared engine's settings applies here.
    const configFile = join(this.execRoot, 'daemon.json');
    writeFileSync(configFile, '{}\n');
    this.child = spawn(
      'dockerd',
      [
        '--config-file',
        configFile,
        // Should it attach to a system containerd, its own namespaces keep it apart from the shared engine's.
        '--containerd-namespace',
        'tryout-faults',
        '--containerd-plugins-namespace',
        'tryout-faults-plugins',
        '--data-root',
        this.dataRoot,
        '--exec-root',
        this.execRoot,
        '--pidfile',
        join(this.execRoot, 'docker.pid'),
        '--host',
        this.host,
        '--bridge=none',
        '--iptables=false',
        '--ip6tables=false',
        '--cgroup-parent',
        'tryout-faults',
        '--shutdown-timeout',
        '5',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.log = track(this.child, 'dockerd');
    await waitFor(
      async () => running(this.child) && (await this.docker.ping()).toString() === 'OK',
      60_000,
      () => `private dockerd did not start\n${this.log.tail()}`,
      250,
    );
  }

  /** Copies `image` from the shared engine unless this engine already has the same image id. */
  async loadImage(image: string, from = new Dockerode({ socketPath: '/var/run/docker.sock' })): Promise<void> {
    const wanted = (await from.getImage(image).inspect()).Id;
    const have = await this.docker
      .getImage(image)
      .inspect()
      .then(
        (i) => i.Id,
        () => undefined,
      );
    if (have === wanted) return;
    const tar = await from.getImage(image).get();
    const res = await this.docker.loadImage(tar);
    await new Promise<void>((done, fail) => this.docker.modem.followProgress(res, (err) => (err ? fail(err) : done())));
    const loaded = (await this.docker.getImage(image).inspect()).Id;
    if (loaded !== wanted) throw new Error(`loaded ${image} as ${loaded}, expected ${wanted}`);
  }

  /** SIGTERM, as a service manager stops it: the engine stops its containers, then exits. */
  async stop(): Promise<void> {
    await stop(this.child, 'SIGTERM', 30_000);
  }

  logTail(): string {
    return this.log.tail();
  }

  async dispose(): Promise<void> {
    if (running(this.child)) {
      // Nothing of a test survives in the kept data root: only images stay.
      const all = await this.docker.listContainers({ all: true }).catch(() => []);
      await Promise.all(
        all.map((c) =>
          this.docker
            .getContainer(c.Id)
            .remove({ force: true })
            .catch(() => undefined),
        ),
      );
    }
    await this.stop();
    rmSync(this.execRoot, { recursive: true, force: true });
  }
}
