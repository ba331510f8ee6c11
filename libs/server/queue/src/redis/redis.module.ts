import { Global, Inject, Logger, Module, OnModuleDestroy } from '@nestjs/common';
import { ConfigService } from '@tryout/server-config';
import { Redis } from 'ioredis';
import { REDIS_CLIENT } from './redis.constants';
import { RedisSubscriberService } from './redis-subscriber.service';

const logger = new Logger('Redis');

/** The process's shared Redis connections: one for commands, one (lazy) for subscriptions. */
@Global()
@Module({
  providers: [
    {
      provide: REDIS_CLIENT,
      inject: [ConfigService],
      useFactory: (config: ConfigService) => {
        // Fail fast when Redis is down (requests get an error instead of hanging); ioredis keeps reconnecting.
        const client = new Redis(config.get('REDIS_URL'), {
          connectionName: 'tryout',
          maxRetriesPerRequest: 2,
          enableOfflineQueue: true,
        });
        client.on('error', (err: Error) => logger.warn({ err }, 'redis error'));
        return client;
      },
    },
    RedisSubscriberService,
  ],
  exports: [REDIS_CLIENT, RedisSubscriberService],
})
export class RedisModule implements OnModuleDestroy {
  constructor(@Inject(REDIS_CLIENT) private readonly client: Redis) {}

  async onModuleDestroy(): Promise<void> {
    await this.client.quit().catch(() => this.client.disconnect());
  }
}
