/**
 * Creates the database DATABASE_URL names when it does not exist yet (npm start on a fresh host).
 * Connects to the server's `postgres` maintenance database with the same credentials.
 */
import { Client } from 'pg';
import { ConfigService } from '@tryout/server-config';

async function main(): Promise<void> {
  const url = new URL(ConfigService.fromEnv().get('DATABASE_URL'));
  const name = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_-]+$/.test(name))
    throw new Error(`DATABASE_URL: unsupported database name ${JSON.stringify(name)}`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount === 0) {
      await client.query(`CREATE DATABASE "${name}"`);
      console.log(`[tryout]   created database ${name}`);
    }
  } finally {
    await client.end();
  }
}

main().catch((err: Error) => {
  console.error(`[tryout] cannot prepare the database: ${err.message}`);
  process.exit(1);
});
