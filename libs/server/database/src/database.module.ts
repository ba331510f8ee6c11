import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConfigService } from '@tryout/server-config';
import { dataSourceOptions } from './data-source.options';

/** The one TypeORM connection of a Nest app (api or worker), configured from ConfigService. */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) =>
        dataSourceOptions(config.get('DATABASE_URL'), {
          applicationName: 'tryout',
          poolSize: config.get('DATABASE_POOL_SIZE'),
        }),
    }),
  ],
})
export class DatabaseModule {}
