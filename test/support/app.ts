/**
 * Boots the real API on an ephemeral port with a private database and queue prefix.
 *
 *   import { startTestApp, type TestApp } from '../../../test/support/app';
 *   let t: TestApp;
 *   beforeAll(async () => { t = await startTestApp(); });      // t.url = http://127.0.0.1:<port>
 *   afterAll(async () => { await t.close(); });                // stops the app, drops the db, deletes the keys
 *   const alice = await t.register('candidate');               // { token, userId, email, password }
 *   await t.importProblem(sampleStdioProblem());               // a ProblemPackage into this app's db
 *
 * Env overrides go in `startTestApp({ env: { SUBMISSIONS_PER_MINUTE: '3' } })`.
 */
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Role } from '@tryout/contracts';
import type { ProblemPackage } from '@tryout/judge';
import { ConfigService } from '@tryout/server-config';
import { ProblemsService, type ImportResult } from '@tryout/server-problems';
import { UsersService } from '@tryout/server-users';
import { randomBytes } from 'node:crypto';
import { createApp } from '../../apps/api/src/app.factory';
import { createTestDatabase, type TestDatabase } from './database';
import { deleteQueuePrefix, uniqueQueuePrefix } from './queue';

export interface TestUser {
  userId: string;
  email: string;
  password: string;
  role: Role;
  token: string;
}

export interface TestApp {
  url: string;
  app: NestExpressApplication;
  config: ConfigService;
  db: TestDatabase;
  prefix: string;
  /** Creates a user with this role (directly, no throttling) and logs it in. */
  register(role?: Role): Promise<TestUser>;
  importProblem(pkg: ProblemPackage): Promise<ImportResult>;
  close(): Promise<void>;
}

export async function startTestApp(opts: { env?: Record<string, string> } = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const prefix = uniqueQueuePrefix();
  const config = ConfigService.fromEnv({
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATABASE_URL: db.url,
    QUEUE_PREFIX: prefix,
    WEB_DIST: '/nonexistent',
    ADMIN_EMAIL: '',
    ADMIN_PASSWORD: '',
    ...opts.env,
  });
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  let closed = false;
  return {
    url,
    app,
    config,
    db,
    prefix,
    async register(role: Role = 'candidate') {
      const email = `${role}-${randomBytes(6).toString('hex')}@example.com`;
      const password = `pw-${randomBytes(8).toString('hex')}`;
      const user = await app.get(UsersService).createUser({ email, password, role, displayName: role });
      const res = await fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      });
      if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
      const body = (await res.json()) as { accessToken: string };
      return { userId: user.id, email, password, role, token: body.accessToken };
    },
    importProblem(pkg) {
      return app.get(ProblemsService).importProblemPackage(pkg);
    },
    async close() {
      if (closed) return;
      closed = true;
      await app.close();
      await db.drop();
      await deleteQueuePrefix(prefix);
    },
  };
}
