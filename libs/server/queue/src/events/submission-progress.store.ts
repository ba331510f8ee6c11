import { Inject, Injectable } from '@nestjs/common';
import { submissionEventsChannel, type SubmissionEvent, type TestResultDto } from '@tryout/contracts';
import { ConfigService } from '@tryout/server-config';
import type { Redis } from 'ioredis';
import { REDIS_CLIENT } from '../redis/redis.constants';

/**
 * A live record outlives no judge: long past any submission budget it is gone by itself (a worker
 * that died mid-run leaves one behind; the retry clears it, the verdict deletes it).
 */
export const PROGRESS_TTL_SECONDS = 2 * 3600;

/** A submission's progress while it is judged: the tests done so far, as they will be stored. */
export interface SubmissionProgress<Row> {
  status: 'compiling' | 'running';
  done: number;
  total: number;
  /** The version's sample count: hidden tests are numbered after the samples (hiddenTestName). */
  samples: number;
  /** By index order. */
  rows: Row[];
}

// The record is one hash: status, total, samples and one `t:<index>` field per test done.
const META_FIELDS = 3;

/** KEYS[1] record; ARGV: samples, total, ttl, channel, event. Starts (or restarts) the record empty. */
const START = `
redis.call('DEL', KEYS[1])
redis.call('HSET', KEYS[1], 'status', 'compiling', 'total', ARGV[2], 'samples', ARGV[1])
redis.call('EXPIRE', KEYS[1], ARGV[3])
redis.call('PUBLISH', ARGV[4], ARGV[5])
return 1`;

/** KEYS[1] record; ARGV: total ('' keeps the recorded one), ttl, channel, submission id. Publishes `running done/total`. */
const RUNNING = `
if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
local done = redis.call('HLEN', KEYS[1]) - ${META_FIELDS}
local total = math.max(tonumber(ARGV[1]) or tonumber(redis.call('HGET', KEYS[1], 'total') or '0'), done)
redis.call('HSET', KEYS[1], 'status', 'running', 'total', total)
redis.call('EXPIRE', KEYS[1], ARGV[2])
redis.call('PUBLISH', ARGV[3], '{"type":"running","submissionId":"' .. ARGV[4] .. '","done":' .. done .. ',"total":' .. total .. '}')
return done`;

/**
 * KEYS[1] record; ARGV: index, row, ttl, channel, submission id, test (event JSON). Records one
 * test (a retried one overwrites its field) and publishes \`running done/total\` with it. A record
 * that is gone (the verdict deleted it, Redis restarted empty) takes nothing: a late duplicate
 * cannot bring progress back after the verdict.
 */
const RECORD = `
if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
redis.call('HSET', KEYS[1], 't:' .. ARGV[1], ARGV[2], 'status', 'running')
local done = redis.call('HLEN', KEYS[1]) - ${META_FIELDS}
local total = math.max(tonumber(redis.call('HGET', KEYS[1], 'total') or '0'), done)
redis.call('HSET', KEYS[1], 'total', total)
redis.call('EXPIRE', KEYS[1], ARGV[3])
redis.call('PUBLISH', ARGV[4], '{"type":"running","submissionId":"' .. ARGV[5] .. '","done":' .. done .. ',"total":' .. total .. ',"test":' .. ARGV[6] .. '}')
return done`;

/**
 * Per-test progress of the submissions being judged, in Redis only: Postgres gets the results once,
 * with the verdict. Each write changes the record and publishes its event in one script, so what a
 * late subscriber reads first (read) and the events it then receives agree. Losing the record
 * (a Redis restart) loses live progress only: the verdict and its results are written to Postgres.
 */
@Injectable()
export class SubmissionProgressStore {
  private readonly prefix: string;

  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    config: ConfigService,
  ) {
    this.prefix = config.get('QUEUE_PREFIX');
  }

  /** Judging (re)starts: the record is emptied and `event` (compiling) published. */
  async start(submissionId: string, opts: { samples: number; total: number }, event: SubmissionEvent): Promise<void> {
    await this.redis.eval(
      START,
      1,
      this.key(submissionId),
      opts.samples,
      opts.total,
      PROGRESS_TTL_SECONDS,
      this.channel(submissionId),
      JSON.stringify(event),
    );
  }

  /** The tests are about to run. Returns the tests done (0 unless a test came first), or null with no record. */
  async running(submissionId: string, total?: number): Promise<number | null> {
    const done = (await this.redis.eval(
      RUNNING,
      1,
      this.key(submissionId),
      total ?? '',
      PROGRESS_TTL_SECONDS,
      this.channel(submissionId),
      submissionId,
    )) as number;
    return done < 0 ? null : done;
  }

  /** Stores `row` as test `index` and publishes `test` with the new count; null with no record. */
  async record(submissionId: string, index: number, row: object, test: TestResultDto): Promise<number | null> {
    const done = (await this.redis.eval(
      RECORD,
      1,
      this.key(submissionId),
      index,
      JSON.stringify(row),
      PROGRESS_TTL_SECONDS,
      this.channel(submissionId),
      submissionId,
      JSON.stringify(test),
    )) as number;
    return done < 0 ? null : done;
  }

  /** The version's sample count, as recorded at the start; null with no record. */
  async samples(submissionId: string): Promise<number | null> {
    const samples = await this.redis.hget(this.key(submissionId), 'samples');
    return samples === null ? null : Number(samples);
  }

  async read<Row extends { index: number }>(submissionId: string): Promise<SubmissionProgress<Row> | null> {
    const hash = await this.redis.hgetall(this.key(submissionId));
    return parse<Row>(hash);
  }

  /** Tests done and total of each of `ids` that has a record (one round trip). */
  async counts(ids: string[]): Promise<Map<string, { done: number; total: number }>> {
    const counts = new Map<string, { done: number; total: number }>();
    if (ids.length === 0) return counts;
    const pipeline = this.redis.pipeline();
    for (const id of ids) pipeline.hlen(this.key(id)).hget(this.key(id), 'total');
    const replies = (await pipeline.exec()) ?? [];
    ids.forEach((id, i) => {
      const [[lenErr, len], [totalErr, total]] = [replies[2 * i], replies[2 * i + 1]];
      if (lenErr || totalErr || !len) return;
      counts.set(id, { done: Number(len) - META_FIELDS, total: Number(total ?? 0) });
    });
    return counts;
  }

  /** The verdict is stored: the record goes and `event` (the verdict) is published, together. */
  async end(submissionId: string, event: SubmissionEvent): Promise<void> {
    await this.redis
      .multi()
      .del(this.key(submissionId))
      .publish(this.channel(submissionId), JSON.stringify(event))
      .exec();
  }

  private key(submissionId: string): string {
    return `${this.prefix}:submission-progress:${submissionId}`;
  }

  private channel(submissionId: string): string {
    return submissionEventsChannel(this.prefix, submissionId);
  }
}

function parse<Row extends { index: number }>(hash: Record<string, string>): SubmissionProgress<Row> | null {
  if (hash.status !== 'compiling' && hash.status !== 'running') return null;
  const rows = Object.entries(hash)
    .filter(([field]) => field.startsWith('t:'))
    .map(([, json]) => JSON.parse(json) as Row)
    .sort((a, b) => a.index - b.index);
  return {
    status: hash.status,
    done: rows.length,
    total: Math.max(Number(hash.total ?? 0), rows.length),
    samples: Number(hash.samples ?? 0),
    rows,
  };
}
