/**
 * A private, migrated database per test file, cloned from the template the global setup builds.
 *
 *   import { createTestDatabase } from '../../test/support/database';
 *   let db: Awaited<ReturnType<typeof createTestDatabase>>;
 *   beforeAll(async () => { db = await createTestDatabase(); });   // db.url: postgres://…/tryout_test_…
 *   afterAll(async () => { await db.drop(); });
 *
 * Pass db.url as DATABASE_URL to whatever you boot (ConfigService.fromEnv({ ...process.env, DATABASE_URL: db.url })).
 */
import { randomBytes } from 'node:crypto';
import { TEMPLATE_DB, TEMPLATE_LOCK_KEY, databaseUrl, quoteIdent, withAdminClient } from './postgres';

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  // The timestamp lets the global setup recognise databases leaked by crashed runs.
  const name = `tryout_test_${Math.floor(Date.now() / 1000)}_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdminClient(async (client) => {
    await client.query('SELECT pg_advisory_lock_shared($1)', [TEMPLATE_LOCK_KEY]);
    try {
      // Cloning fails while another session touches the template; that is brief, so retry.
      for (let attempt = 0; ; attempt++) {
        try {
          await client.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(TEMPLATE_DB)}`);
          break;
        } catch (err) {
          if (attempt >= 20 || !/being accessed by other users/.test(String(err))) throw err;
          await new Promise((r) => setTimeout(r, 100 + attempt * 50));
        }
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock_shared($1)', [TEMPLATE_LOCK_KEY]);
    }
  });
  let dropped = false;
  return {
    name,
    url: databaseUrl(name),
    async drop() {
      if (dropped) return;
      dropped = true;
      await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
    },
  };
}
