import { ConfigService } from '@tryout/server-config';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source.options';

/**
 * The DataSource the TypeORM CLI loads (`npm run migration:run` / `migration:generate`).
 * The apps build theirs from the same options through DatabaseModule.
 */
export const AppDataSource = new DataSource(
  dataSourceOptions(ConfigService.fromEnv().get('DATABASE_URL'), { applicationName: 'tryout-cli' }),
);
