import { z } from 'zod';
import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';

const port = z.coerce.number().int().min(1).max(65535);
const positiveInt = z.coerce.number().int().positive();

/** Every environment variable Tryout reads, with its default. Defaults point at local services. */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  API_HOST: z.string().min(1).default('0.0.0.0'),
  API_PORT: port.default(3000),
  /** Origin the browser app is served from; CORS allows only this one. */
  WEB_ORIGIN: z.string().url().default('http://localhost:3000'),
  /** Built web app served by the API at / when present. */
  WEB_DIST: z.string().default('apps/web/dist'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .default('postgres://postgres@127.0.0.1:5432/tryout'),
  /**
   * Postgres connections per process, opened on demand. A creation's commit waits for the WAL flush;
   * concurrent commits share one flush only when they hold connections of their own.
   */
  DATABASE_POOL_SIZE: positiveInt.default(20),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// URL')
    .default('redis://127.0.0.1:6379'),
  /** Prefix of every BullMQ key and pub/sub channel; tests use one per file. */
  QUEUE_PREFIX: z
    .string()
    .regex(/^[a-zA-Z0-9_-]+$/, 'letters, digits, _ and - only')
    .default('tryout'),
  DOCKER_HOST: z.string().default('unix:///var/run/docker.sock'),
  /** Signs access tokens. Required in production; a random one per process otherwise. */
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  ACCESS_TOKEN_TTL_SECONDS: positiveInt.default(900),
  REFRESH_TOKEN_TTL_SECONDS: positiveInt.default(60 * 60 * 24 * 14),
  /** Creates (or promotes) this admin at start-up when both are set. */
  ADMIN_EMAIL: z.string().email().optional(),
  ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  WORKER_CONCURRENCY: positiveInt.default(Math.max(1, cpus().length)),
  /** A job's lock; a SIGKILLed worker's job is handed to another worker after about this long. */
  WORKER_LOCK_MS: positiveInt.default(30_000),
  /** How often the worker's janitor removes leftover sandbox containers. */
  JANITOR_INTERVAL_SECONDS: positiveInt.default(60),
  /** How often the worker's sweeper looks for submissions whose judge job is gone or failed. */
  SWEEPER_INTERVAL_SECONDS: positiveInt.default(30),
  /** Age before the sweeper considers an unfinished submission at all (creation enqueues just after the insert). */
  SWEEPER_GRACE_SECONDS: positiveInt.default(30),
  /** Age past which an unfinished submission with no live job ends as internal_error instead of being re-enqueued. */
  SUBMISSION_BUDGET_SECONDS: positiveInt.default(1800),
  /** Longest a sandbox container may live (the janitor removes running ones past it). */
  SANDBOX_MAX_AGE_SECONDS: positiveInt.default(1800),
  /** Warm containers kept per language image. */
  SANDBOX_POOL_SIZE: z.coerce.number().int().min(0).default(1),
  /** Seconds an idle warm container lives before it is recycled. */
  SANDBOX_IDLE_SECONDS: positiveInt.default(600),
  /** Runs one user's container may serve before it is recycled. */
  SANDBOX_REUSE_RUNS: z.coerce.number().int().min(1).default(20),
  /** A container whose jobs all ended clean may serve another user (reset, no start); 0 keeps one user per container. */
  SANDBOX_SHARE_ACROSS_OWNERS: z
    .enum(['0', '1', 'true', 'false'])
    .default('1')
    .transform((v) => v === '1' || v === 'true'),
  SUBMISSION_MAX_SOURCE_BYTES: positiveInt.default(64 * 1024),
  SUBMISSIONS_PER_MINUTE: positiveInt.default(30),
  MAX_QUEUED_PER_USER: positiveInt.default(5),
  PROBLEMS_DIR: z.string().default('problems'),
  /** Largest request body the API parses (JSON). Sources are capped separately, below it. */
  API_BODY_LIMIT_BYTES: positiveInt.default(1024 * 1024),
  /** Login/registration attempts per minute per client address and e-mail. */
  LOGIN_ATTEMPTS_PER_MINUTE: positiveInt.default(10),
  /** Login/registration attempts per minute per client address, whatever the e-mail (password spraying). */
  LOGIN_ATTEMPTS_PER_ADDRESS_PER_MINUTE: positiveInt.default(30),
  /** Registers the bare hello-world route bench/api compares against. Never in production. */
  /** Address the metrics listeners bind to (API_METRICS_PORT, WORKER_METRICS_PORT). */
  METRICS_HOST: z.string().min(1).default('127.0.0.1'),
  /** When set, the api also serves GET /metrics, unauthenticated, on this port (for Prometheus). */
  API_METRICS_PORT: port.optional(),
  /** When set, the worker serves GET /metrics on this port. */
  WORKER_METRICS_PORT: port.optional(),
  BENCH_ROUTES: z
    .enum(['0', '1', 'true', 'false'])
    .default('0')
    .transform((v) => v === '1' || v === 'true'),
});

export type ConfigValues = z.infer<typeof configSchema> & { JWT_SECRET: string };

export class ConfigError extends Error {}

/** Parses env once; a bad or missing variable stops start-up with a message naming it. */
export function parseConfig(env: NodeJS.ProcessEnv = process.env): ConfigValues {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = configSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const values = result.data;
  if (!values.JWT_SECRET && values.NODE_ENV === 'production') {
    throw new ConfigError('Invalid configuration:\n  JWT_SECRET: required in production (at least 32 characters)');
  }
  if (Boolean(values.ADMIN_EMAIL) !== Boolean(values.ADMIN_PASSWORD)) {
    throw new ConfigError('Invalid configuration:\n  ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
  }
  return { ...values, JWT_SECRET: values.JWT_SECRET ?? randomBytes(32).toString('hex') };
}
