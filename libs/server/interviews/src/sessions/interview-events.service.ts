import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@tryout/server-config';
import { REDIS_CLIENT, RedisSubscriberService } from '@tryout/server-queue';
import type { Redis } from 'ioredis';

/**
 * "This session's clock or state changed": every API replica re-sends the clock to its SSE clients
 * and re-checks its live-editor connections of that session (a revoked link, an end).
 */
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

  /** One channel for every session: a replica's live editor cannot know in advance which sessions to follow. */
  private get anyChannel(): string {
    return `${this.prefix}:interview-events`;
  }

  async changed(sessionId: string): Promise<void> {
    await Promise.all([
      this.redis.publish(this.channel(sessionId), 'changed'),
      this.redis.publish(this.anyChannel, sessionId),
    ]);
  }

  subscribe(sessionId: string, onChange: () => void): Promise<() => Promise<void>> {
    return this.subscriber.subscribe(this.channel(sessionId), () => onChange());
  }

  /** Every session's changes, with the session's id. */
  subscribeAll(onChange: (sessionId: string) => void): Promise<() => Promise<void>> {
    return this.subscriber.subscribe(this.anyChannel, onChange);
  }
}
