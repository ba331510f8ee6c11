import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source.options';

/** Applies pending migrations; returns the names applied. Used by the CLI, start script and tests. */
export async function runMigrations(url: string): Promise<string[]> {
  const ds = new DataSource({
    ...dataSourceOptions(url, { poolSize: 2, applicationName: 'tryout-migrate' }),
    logging: false,
  });
  await ds.initialize();
  try {
    const applied = await ds.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}

/**
 * SQL that would bring the database at `url` in line with the entities; empty when in sync.
 * This is what `migration:generate` would write.
 */
export async function pendingSchemaChanges(url: string): Promise<string[]> {
  const ds = new DataSource({
    ...dataSourceOptions(url, { poolSize: 2, applicationName: 'tryout-schema-check' }),
    logging: false,
  });
  await ds.initialize();
  try {
    const log = await ds.driver.createSchemaBuilder().log();
    return log.upQueries.map((q) => q.query);
  } finally {
    await ds.destroy();
  }
}
