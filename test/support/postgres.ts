/**
 * Low-level Postgres helpers shared by the global setup and createTestDatabase(). Not for tests.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { ConfigService } from '@tryout/server-config';

/** Advisory lock key: exclusive while the template is (re)built, shared while it is cloned. */
export const TEMPLATE_LOCK_KEY = 0x7472796f; // "tryo"

const MIGRATIONS_DIR = resolve(__dirname, '../../libs/server/database/src/migrations');

/** The server part of DATABASE_URL (default local Postgres), pointed at `database`. */
export function databaseUrl(database: string): string {
  const u = new URL(ConfigService.fromEnv().get('DATABASE_URL'));
  u.pathname = `/${database}`;
  return u.toString();
}

export async function withAdminClient<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl('postgres'), application_name: 'tryout-test-admin' });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * The migrated template for this checkout's migrations. Named by their hash, so checkouts with
 * different migrations on one Postgres (parallel branches) each keep their own template instead
 * of rebuilding a shared one in turn.
 */
export const TEMPLATE_DB = `tryout_test_template_${migrationsHash()}`;

/** Changes whenever a migration file is added or edited: the template is rebuilt then. */
export function migrationsHash(): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(MIGRATIONS_DIR).sort()) {
    hash
      .update(name)
      .update('\0')
      .update(readFileSync(join(MIGRATIONS_DIR, name)));
  }
  return hash.digest('hex').slice(0, 16);
}

export function quoteIdent(name: string): string {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unsafe database name ${name}`);
  return `"${name}"`;
}
