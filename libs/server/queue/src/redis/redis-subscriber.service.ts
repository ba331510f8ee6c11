import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { ConfigService } from '@tryout/server-config';
import { Redis } from 'ioredis';

type Listener = (message: string) => void;

/** A channel's listeners and its SUBSCRIBE, which every listener waits for (not only the first). */
interface ChannelState {
  listeners: Set<Listener>;
  subscribed: Promise<void>;
}

/**
 * One subscriber connection per process, multiplexed over many channels: an SSE client costs a
 * map entry, not a Redis connection. ioredis re-subscribes by itself after a reconnect.
 */
@Injectable()
export class RedisSubscriberService implements OnModuleDestroy {
  private readonly logger = new Logger(RedisSubscriberService.name);
  private client?: Redis;
  private readonly channels = new Map<string, ChannelState>();

  constructor(private readonly config: ConfigService) {}

  /**
   * Resolves once Redis has confirmed the subscription, so nothing published after it is missed.
   * A second listener on a channel whose SUBSCRIBE is still in flight waits for that same
   * confirmation (returning at once would let it read a snapshot and miss what is published
   * before Redis subscribes).
   */
  async subscribe(channel: string, listener: Listener): Promise<() => Promise<void>> {
    const client = this.connection();
    let state = this.channels.get(channel);
    if (!state) {
      const created: ChannelState = {
        listeners: new Set(),
        subscribed: client.subscribe(channel).then(() => undefined),
      };
      state = created;
      this.channels.set(channel, created);
      // A failed SUBSCRIBE must not stay cached for the next caller.
      created.subscribed.catch(() => {
        if (this.channels.get(channel) === created) this.channels.delete(channel);
      });
    }
    state.listeners.add(listener);
    const mine = state;
    try {
      await mine.subscribed;
    } catch (err) {
      mine.listeners.delete(listener);
      throw err;
    }
    return async () => {
      if (!mine.listeners.delete(listener) || mine.listeners.size > 0) return;
      if (this.channels.get(channel) === mine) this.channels.delete(channel);
      await client.unsubscribe(channel).catch(() => undefined);
    };
  }

  async onModuleDestroy(): Promise<void> {
    this.channels.clear();
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
        for (const listener of this.channels.get(channel)?.listeners ?? []) listener(message);
      });
    }
    return this.client;
  }
}
