import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** The one set of DataSource options: api, worker, cli, migrations and tests all use it. */
export function dataSourceOptions(
  url: string,
  overrides: Partial<{ poolSize: number; applicationName: string }> = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    // Each migration in its own transaction, so a failure leaves the schema at the last good one.
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into Postgres 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    migrationsRun: false,
    // Off: failed queries would print their parameters (password hashes, sources); errors still throw.
    logging: false,
    applicationName: overrides.applicationName ?? 'tryout',
    poolSize: overrides.poolSize ?? 10,
  };
}
