export * from './redis/redis.constants';
export * from './redis/redis.module';
export * from './redis/redis-subscriber.service';
export * from './judge-queue/judge-queue.service';
export * from './events/submission-events.service';
export * from './events/submission-progress.store';
export * from './queue.module';
export * from './redis/redis-durability.util';
