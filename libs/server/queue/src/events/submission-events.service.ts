import { Inject, Injectable } from '@nestjs/common';
import { submissionEventsChannel, type SubmissionEvent } from '@tryout/contracts';
import { ConfigService } from '@tryout/server-config';
import type { Redis } from 'ioredis';
import { REDIS_CLIENT } from '../redis/redis.constants';
import { RedisSubscriberService } from '../redis/redis-subscriber.service';

/**
 * Submission progress over Redis pub/sub: the worker publishes, every API replica relays to its
 * SSE clients. Pub/sub is fire-and-forget; a late subscriber first reads the state: the live
 * progress record while judged (SubmissionProgressStore, which publishes progress itself), then the database.
 */
@Injectable()
export class SubmissionEventsService {
  private readonly prefix: string;

  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    private readonly subscriber: RedisSubscriberService,
    config: ConfigService,
  ) {
    this.prefix = config.get('QUEUE_PREFIX');
  }

  channel(submissionId: string): string {
    return submissionEventsChannel(this.prefix, submissionId);
  }

  async publish(event: SubmissionEvent): Promise<void> {
    await this.redis.publish(this.channel(event.submissionId), JSON.stringify(event));
  }

  /** Resolves when subscribed; returns the unsubscribe function. Malformed messages are dropped. */
  subscribe(submissionId: string, onEvent: (event: SubmissionEvent) => void): Promise<() => Promise<void>> {
    return this.subscriber.subscribe(this.channel(submissionId), (message) => {
      try {
        onEvent(JSON.parse(message) as SubmissionEvent);
      } catch {
        // not ours
      }
    });
  }
}
