import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { ConfigService } from '@tryout/server-config';
import { Redis } from 'ioredis';

type Listener = (message: string) => void;

/**
 * One subscriber connection per process, multiplexed over many channels: an SSE client costs a
 * map entry, not a Redis connection. ioredis re-subscribes by itself after a reconnect.
 */
@Injectable()
export class RedisSubscriberService implements OnModuleDestroy {
  private readonly logger = new Logger(RedisSubscriberService.name);
  private client?: Redis;
  private readonly listeners = new Map<string, Set<Listener>>();

  constructor(private readonly config: ConfigService) {}

  /** Resolves once Redis has confirmed the subscription, so nothing published after it is missed. */
  async subscribe(channel: string, listener: Listener): Promise<() => Promise<void>> {
    const client = this.connection();
    let set = this.listeners.get(channel);
    if (!set) {
      set = new Set();
      this.listeners.set(channel, set);
      set.add(listener);
      await client.subscribe(channel);
    } else {
      set.add(listener);
    }
    return async () => {
      const current = this.listeners.get(channel);
      if (!current) return;
      current.delete(listener);
      if (current.size === 0) {
        this.listeners.delete(channel);
        await client.unsubscribe(channel).catch(() => undefined);
      }
    };
  }

  async onModuleDestroy(): Promise<void> {
    this.listeners.clear();
    if (this.client) await this.client.quit().catch(() => this.client?.disconnect());
  }

  private connection(): Redis {
    if (!this.client) {
      this.client = new Redis(this.config.get('REDIS_URL'), {
        connectionName: 'tryout-subscriber',
        maxRetriesPerRequest: 2,
      });
      this.client.on('error', (err: Error) => this.logger.warn({ err }, 'redis subscriber error'));
      this.client.on('message', (channel: string, message: string) => {
        for (const listener of this.listeners.get(channel) ?? []) listener(message);
      });
    }
    return this.client;
  }
}
