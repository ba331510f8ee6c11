import { LANGUAGE_IDS } from '@tryout/contracts';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/app';
import { call } from '../../../test/support/http';

/** A TCP proxy to the real Redis that the test can cut and restore, so the shared Redis is never stopped. */
class RedisProxy {
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  port = 0;

  get running(): boolean {
    return this.server !== undefined;
  }

  async start(port = 0): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(6379, '127.0.0.1');
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, '127.0.0.1', resolve);
    });
    this.port = (this.server.address() as { port: number }).port;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    // Stop accepting first: clients reconnect eagerly, and close() waits for every open socket.
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const s of this.sockets) s.destroy();
    await closed;
  }
}

async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (ok(v) || Date.now() > deadline) return v;
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('health', () => {
  let t: TestApp;
  const proxy = new RedisProxy();

  beforeAll(async () => {
    await proxy.start();
    t = await startTestApp({ env: { REDIS_URL: `redis://127.0.0.1:${proxy.port}` } });
  });
  afterAll(async () => {
    if (!proxy.running) await proxy.start(proxy.port); // let the app close its connections cleanly
    await t?.close();
    await proxy.stop();
  });

  it('reports database, Redis, Docker and every runner image', async () => {
    const res = await call(t.url, 'GET', '/api/health');
    expect([200, 503]).toContain(res.status);
    expect(res.body.details.database.status).toBe('up');
    expect(res.body.details.redis.status).toBe('up');
    expect(res.body.details.docker).toBeDefined();
    for (const id of LANGUAGE_IDS) expect(res.body.details[`image:tryout-runner-${id}:latest`]).toBeDefined();
    // 503 exactly when something is down, and `error` names it.
    const down = Object.entries(res.body.details as Record<string, { status: string }>).filter(
      ([, v]) => v.status === 'down',
    );
    expect(res.status).toBe(down.length ? 503 : 200);
    expect(Object.keys(res.body.error ?? {}).sort()).toEqual(down.map(([k]) => k).sort());
  });

  it('answers 503 naming Redis when it is unreachable, and recovers without a restart', async () => {
    await proxy.stop();
    const broken = await until(
      () => call(t.url, 'GET', '/api/health'),
      (r) => r.body?.details?.redis?.status === 'down',
    );
    expect(broken.status).toBe(503);
    expect(broken.body.error.redis.status).toBe('down');
    expect(broken.body.details.database.status).toBe('up');
    await proxy.start(proxy.port);
    const healed = await until(
      () => call(t.url, 'GET', '/api/health'),
      (r) => r.body?.details?.redis?.status === 'up',
    );
    expect(healed.body.details.redis.status).toBe('up');
    expect(healed.body.error?.redis).toBeUndefined();
  });
});
