/**
 * A private BullMQ / pub-sub namespace per test file on the shared Redis.
 *
 *   import { uniqueQueuePrefix, deleteQueuePrefix } from '../../test/support/queue';
 *   const prefix = uniqueQueuePrefix();          // pass as QUEUE_PREFIX
 *   afterAll(() => deleteQueuePrefix(prefix));  // removes every key under it
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { ConfigService } from '@tryout/server-config';

export function uniqueQueuePrefix(): string {
  return `test_${process.pid}_${randomBytes(4).toString('hex')}`;
}

/** Deletes every Redis key starting with `prefix:` (queues, throttler counters, caches). */
export async function deleteQueuePrefix(prefix: string): Promise<void> {
  if (!/^test_[a-z0-9_]+$/.test(prefix)) throw new Error(`refusing to delete keys of a non-test prefix ${prefix}`);
  const redis = new Redis(ConfigService.fromEnv().get('REDIS_URL'), { lazyConnect: true });
  await redis.connect();
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) await redis.unlink(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
