/**
 * Fails (exit 1) when the entities and the migrations disagree: migrates a fresh, throw-away
 * database, then asks TypeORM's schema builder what `migration:generate` would write. Anything at
 * all means someone changed an entity without generating (and listing) a migration.
 *
 *   node -r ./scripts/register.cjs scripts/check-migrations.ts
 *
 * Uses DATABASE_URL's server (default local Postgres); the database name is replaced.
 */
import { pendingSchemaChanges, runMigrations } from '@tryout/server-database';
import { ConfigService } from '@tryout/server-config';
import { Client } from 'pg';

async function main(): Promise<number> {
  const base = new URL(ConfigService.fromEnv().get('DATABASE_URL'));
  const name = `tryout_migcheck_${process.pid}_${Date.now()}`;
  const admin = new Client({ connectionString: withDatabase(base, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = withDatabase(base, name);
    const applied = await runMigrations(url);
    const changes = await pendingSchemaChanges(url);
    if (changes.length > 0) {
      console.error(
        `check-migrations: the entities differ from the migrations (${applied.length} applied). A new migration would run:`,
      );
      for (const q of changes) console.error(`  ${q}`);
      console.error(
        'Run `npm run migration:generate -- libs/server/database/src/migrations/<Name>` and add it to migrations/index.ts.',
      );
      return 1;
    }
    console.log(`check-migrations: ${applied.length} migration(s) match the entities.`);
    return 0;
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

function withDatabase(url: URL, db: string): string {
  const u = new URL(url.toString());
  u.pathname = `/${db}`;
  return u.toString();
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error('check-migrations failed:', err);
    process.exit(1);
  },
);
