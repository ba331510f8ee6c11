import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@tryout/server-config';
import { REDIS_CLIENT, RedisSubscriberService } from '@tryout/server-queue';
import type { Redis } from 'ioredis';

/** "This session's clock or state changed": every API replica re-sends the clock to its SSE clients. */
@Injectable()
export class InterviewEventsService {
  private readonly prefix: string;

  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    private readonly subscriber: RedisSubscriberService,
    config: ConfigService,
  ) {
    this.prefix = config.get('QUEUE_PREFIX');
  }

  private channel(sessionId: string): string {
    return `${this.prefix}:interview-events:${sessionId}`;
  }

  async changed(sessionId: string): Promise<void> {
    await this.redis.publish(this.channel(sessionId), 'changed');
  }

  subscribe(sessionId: string, onChange: () => void): Promise<() => Promise<void>> {
    return this.subscriber.subscribe(this.channel(sessionId), () => onChange());
  }
}
