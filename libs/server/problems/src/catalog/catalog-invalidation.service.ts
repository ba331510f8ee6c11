import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@tryout/server-config';
import { REDIS_CLIENT, RedisSubscriberService } from '@tryout/server-queue';
import type { Redis } from 'ioredis';

/**
 * Tells every API replica that the catalog changed (an import), over Redis pub/sub. Listeners drop
 * their in-memory catalog; a missed message only delays freshness by the cache's TTL.
 */
@Injectable()
export class CatalogInvalidationService {
  private readonly logger = new Logger(CatalogInvalidationService.name);
  private readonly channel: string;
  private readonly listeners = new Set<() => void>();

  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    private readonly subscriber: RedisSubscriberService,
    config: ConfigService,
  ) {
    this.channel = `${config.get('QUEUE_PREFIX')}:catalog-invalidate`;
  }

  /** Subscribes on the first listener only: the CLI, which just publishes, opens no subscriber connection. */
  async onInvalidate(listener: () => void): Promise<void> {
    this.listeners.add(listener);
    if (this.listeners.size === 1) {
      await this.subscriber.subscribe(this.channel, () => this.notifyLocal());
    }
  }

  /** Local listeners at once, other replicas through Redis. A Redis failure never fails an import. */
  async publish(): Promise<void> {
    this.notifyLocal();
    try {
      await this.redis.publish(this.channel, String(Date.now()));
    } catch (err) {
      this.logger.warn({ err }, 'catalog invalidation not published');
    }
  }

  private notifyLocal(): void {
    for (const listener of this.listeners) listener();
  }
}
