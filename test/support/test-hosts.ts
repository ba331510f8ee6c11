/**
 * Test hosts for the scale-out test: each is a Linux network namespace joined to the root
 * namespace by a veth pair on a private bridge (one /24, the root side at .1, host i at .10+i), so a
 * process started in it reaches Postgres and Redis over a real network path, never through its own
 * loopback. The shared Postgres and Redis listen on 127.0.0.1 only and are not reconfigured: a TCP
 * forwarder in this process listens on the bridge address and relays to them. The hosts share the
 * machine's Docker engine (its unix socket is a file, not an address).
 *
 *   const net = await TestHosts.create(3);
 *   const pg = await net.forward(5432, '127.0.0.1', 5432);   // → postgres://…@10.213.N.1:<pg.port>/…
 *   const child = net.spawn(1, process.execPath, [...], env);  // runs inside host 1
 *   await net.dispose();                                       // namespaces, bridge, forwarders
 *
 * Needs root (ip netns, ip link), as the fault tests do. Names carry this process's id, so parallel
 * runs do not collide, and everything is removed on dispose and, as far as a dying process can, on
 * exit.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createConnection, createServer, type Server, type Socket } from 'node:net';

function ip(...args: string[]): void {
  execFileSync('ip', args, { stdio: ['ignore', 'ignore', 'pipe'] });
}

function ipQuiet(...args: string[]): void {
  try {
    ip(...args);
  } catch {
    // already gone
  }
}

export interface Forward {
  /** The port on the bridge address. */
  port: number;
  close(): Promise<void>;
}

export class TestHosts {
  private readonly servers: Server[] = [];
  private readonly sockets = new Set<Socket>();
  private disposed = false;

  private constructor(
    readonly count: number,
    private readonly tag: string,
    readonly subnet: string,
  ) {}

  /** The root side's address: where the hosts reach Postgres and Redis. */
  get gateway(): string {
    return `${this.subnet}.1`;
  }

  namespace(host: number): string {
    return `${this.tag}h${host}`;
  }

  address(host: number): string {
    return `${this.subnet}.${10 + host}`;
  }

  private get bridge(): string {
    return `${this.tag}br`;
  }

  static async create(count: number): Promise<TestHosts> {
    if (process.getuid?.() !== 0) throw new Error('test hosts need root (ip netns), as the fault tests do');
    // Interface names are limited to 15 bytes: "tsc" + up to 5 digits + "h9n" fits.
    const id = process.pid % 100_000;
    const hosts = new TestHosts(count, `tsc${id}`, `10.213.${id % 250}`);
    process.once('exit', () => hosts.removeNetwork());
    try {
      hosts.removeNetwork(); // leftovers of a crashed run with the same process id
      ip('link', 'add', hosts.bridge, 'type', 'bridge');
      ip('addr', 'add', `${hosts.gateway}/24`, 'dev', hosts.bridge);
      ip('link', 'set', hosts.bridge, 'up');
      for (let h = 1; h <= count; h++) {
        const ns = hosts.namespace(h);
        const outside = `${ns}o`;
        const inside = `${ns}i`;
        ip('netns', 'add', ns);
        ip('link', 'add', outside, 'type', 'veth', 'peer', 'name', inside);
        ip('link', 'set', inside, 'netns', ns);
        ip('link', 'set', outside, 'master', hosts.bridge, 'up');
        ip('-n', ns, 'addr', 'add', `${hosts.address(h)}/24`, 'dev', inside);
        ip('-n', ns, 'link', 'set', inside, 'up');
        ip('-n', ns, 'link', 'set', 'lo', 'up');
      }
    } catch (err) {
      hosts.removeNetwork();
      throw err;
    }
    return hosts;
  }

  /** Listens on the bridge address (an ephemeral port) and relays each connection to target. */
  async forward(targetHost: string, targetPort: number): Promise<Forward> {
    const server = createServer((client) => {
      const upstream = createConnection({ host: targetHost, port: targetPort });
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.once('close', () => this.sockets.delete(s));
        s.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream);
      upstream.pipe(client);
    });
    server.listen(0, this.gateway);
    await once(server, 'listening');
    this.servers.push(server);
    const address = server.address();
    if (!address || typeof address === 'string') throw new Error('forwarder has no port');
    return {
      port: address.port,
      close: () => new Promise<void>((done) => server.close(() => done())),
    };
  }

  /** Starts `command` inside host `host` (1-based). */
  spawn(host: number, command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): ChildProcess {
    return spawn('ip', ['netns', 'exec', this.namespace(host), command, ...args], {
      ...options,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }

  /** Closes the forwarders (and their connections) and removes the namespaces and the bridge. */
  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    for (const s of this.sockets) s.destroy();
    await Promise.all(this.servers.map((s) => new Promise<void>((done) => s.close(() => done()))));
    this.removeNetwork();
  }

  private removeNetwork(): void {
    for (let h = 1; h <= this.count; h++) {
      // Deleting the namespace deletes its veth end, and with it the pair.
      ipQuiet('netns', 'del', this.namespace(h));
      ipQuiet('link', 'del', `${this.namespace(h)}o`);
    }
    ipQuiet('link', 'del', this.bridge);
  }
}
