/** Injection token of the shared ioredis client for commands (publish, throttler, caches). */
export const REDIS_CLIENT = Symbol('REDIS_CLIENT');
