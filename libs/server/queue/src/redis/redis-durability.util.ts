import type { Redis } from 'ioredis';

/**
 * What a production queue needs from Redis (docs/operations.md): persistence (AOF or RDB
 * snapshots), so a restart keeps queued jobs, and `maxmemory-policy noeviction`, so Redis never
 * drops a queue key under memory pressure. Returns one warning per missing setting; a Redis that
 * refuses CONFIG (managed services) yields a warning saying it could not be checked.
 */
export async function redisDurabilityWarnings(redis: Redis): Promise<string[]> {
  let settings: Record<string, string>;
  try {
    const reply = (await redis.call('CONFIG', 'GET', '*')) as string[];
    settings = {};
    for (let i = 0; i + 1 < reply.length; i += 2) settings[reply[i]] = reply[i + 1];
  } catch {
    return ['could not read the Redis configuration (CONFIG GET refused): check persistence and noeviction yourself'];
  }
  const warnings: string[] = [];
  if (settings['appendonly'] !== 'yes' && !settings['save'])
    warnings.push(
      'Redis has no persistence (appendonly no, save ""): a restart empties the queue; the sweeper re-enqueues unfinished submissions after SWEEPER_GRACE_SECONDS',
    );
  const policy = settings['maxmemory-policy'];
  if (policy !== undefined && policy !== 'noeviction')
    warnings.push(`Redis maxmemory-policy is ${policy}, not noeviction: under memory pressure it may drop queue keys`);
  return warnings;
}
