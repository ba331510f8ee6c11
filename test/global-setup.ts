/**
 * Vitest global setup for the integration and e2e projects (see vitest.config.ts).
 *
 * Builds the template (`tryout_test_template_<migrations hash>`), a database with every migration applied, once; it is rebuilt only
 * when a migration file changes (its hash is kept in the database's COMMENT). Each test file then
 * clones it in milliseconds with createTestDatabase() from test/support/database.ts.
 * Also drops per-file databases left behind by crashed runs (older than 6 hours).
 */
import { runMigrations } from '@tryout/server-database';
import {
  TEMPLATE_DB,
  TEMPLATE_LOCK_KEY,
  databaseUrl,
  migrationsHash,
  quoteIdent,
  withAdminClient,
} from './support/postgres';

const STALE_AFTER_SECONDS = 6 * 60 * 60;

export default async function setup(): Promise<void> {
  const wanted = `migrations:${migrationsHash()}`;
  await withAdminClient(async (client) => {
    // Exclusive: no one clones the template while it is rebuilt (other runs may share this server).
    await client.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK_KEY]);
    try {
      const { rows } = await client.query<{ comment: string | null }>(
        `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`,
        [TEMPLATE_DB],
      );
      if (rows[0]?.comment !== wanted) {
        await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(TEMPLATE_DB)} WITH (FORCE)`);
        await client.query(`CREATE DATABASE ${quoteIdent(TEMPLATE_DB)}`);
        await runMigrations(databaseUrl(TEMPLATE_DB));
        await client.query(`COMMENT ON DATABASE ${quoteIdent(TEMPLATE_DB)} IS '${wanted}'`);
      }
      await dropStaleTestDatabases(client);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK_KEY]);
    }
  });
}

async function dropStaleTestDatabases(client: import('pg').Client): Promise<void> {
  const { rows } = await client.query<{ datname: string }>(
    `SELECT datname FROM pg_database WHERE datname LIKE 'tryout_test\\_%'`,
  );
  const now = Math.floor(Date.now() / 1000);
  for (const { datname } of rows) {
    const created = /^tryout_test_(\d{10})_/.exec(datname)?.[1];
    if (created && now - Number(created) > STALE_AFTER_SECONDS) {
      await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(datname)} WITH (FORCE)`);
    }
  }
}
