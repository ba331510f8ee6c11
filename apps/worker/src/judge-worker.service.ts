import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { JobPriority, JUDGE_QUEUE, LANGUAGE_IDS, type JudgeJobData } from '@tryout/contracts';
import type { SandboxDriver } from '@tryout/sandbox';
import { queueWait } from '@tryout/server-common';
import { ConfigService } from '@tryout/server-config';
import { DelayedError, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { PinoLogger } from 'nestjs-pino';
import { Store, storage } from 'nestjs-pino/storage';
import { JudgeJobProcessor } from './judge-job.processor';
import { SANDBOX_DRIVER } from './sandbox.provider';

/**
 * The BullMQ consumer. On SIGTERM, main.ts drains it before anything else closes: no new jobs are taken and
 * in-flight ones finish (drain), then connections close. A SIGKILLed worker's job stays locked
 * until its lock expires; BullMQ's stalled check then hands it to another worker.
 */
@Injectable()
export class JudgeWorkerService implements OnApplicationBootstrap {
  private readonly logger = new Logger(JudgeWorkerService.name);
  private worker?: Worker;
  private connection?: Redis;

  constructor(
    private readonly config: ConfigService,
    private readonly processor: JudgeJobProcessor,
    private readonly pino: PinoLogger,
    @Inject(SANDBOX_DRIVER) private readonly driver: SandboxDriver,
  ) {}

  onApplicationBootstrap(): void {
    // BullMQ workers block on Redis: maxRetriesPerRequest must be null.
    this.connection = new Redis(this.config.get('REDIS_URL'), {
      maxRetriesPerRequest: null,
      connectionName: 'tryout-worker',
    });
    this.connection.on('error', (err: Error) => this.logger.warn({ err }, 'redis connection error'));
    const lockDuration = this.config.get('WORKER_LOCK_MS');
    this.worker = new Worker(JUDGE_QUEUE, (job, token) => this.run(job, token), {
      connection: this.connection,
      prefix: this.config.get('QUEUE_PREFIX'),
      concurrency: this.config.get('WORKER_CONCURRENCY'),
      lockDuration,
      stalledInterval: lockDuration,
      maxStalledCount: 2,
    });
    this.worker.on('failed', (job, err) =>
      this.logger.warn(
        {
          jobId: job?.id,
          submissionId: (job?.data as { submissionId?: string } | undefined)?.submissionId,
          attempt: job?.attemptsMade,
          err,
        },
        'job failed',
      ),
    );
    this.worker.on('error', (err) => this.logger.warn({ err }, 'worker error'));
    // Warm containers in the background so no container start sits on a submission's path.
    if ('driverId' in this.driver) this.logger.log({ driverId: String(this.driver.driverId) }, 'sandbox driver');
    this.driver.warm?.([...LANGUAGE_IDS]).catch((err: Error) => this.logger.warn({ err }, 'warming sandboxes failed'));
    this.logger.log(
      {
        queue: `${this.config.get('QUEUE_PREFIX')}:${JUDGE_QUEUE}`,
        concurrency: this.config.get('WORKER_CONCURRENCY'),
      },
      'consuming',
    );
  }

  /**
   * Runs one job with a logger bound to its submission and the API request that created it, so
   * every line the job logs (here and in the libs it calls) carries both ids.
   */
  private async run(job: Job, token?: string): Promise<unknown> {
    const data = job.data as Partial<JudgeJobData>;
    const waitedSeconds = Math.max(0, Date.now() - job.timestamp) / 1000;
    const bindings = {
      jobId: job.id,
      ...(data.submissionId ? { submissionId: data.submissionId } : {}),
      ...(data.requestId ? { requestId: data.requestId } : {}),
    };
    let delayed = false;
    try {
      return await storage.run(new Store(this.pino.logger.child(bindings)), () => this.processor.process(job, token));
    } catch (err) {
      delayed = err instanceof DelayedError;
      throw err;
    } finally {
      // Enqueue to the start of the first real attempt (not a take that waited for the user's turn).
      if (job.attemptsMade === 0 && !delayed)
        queueWait.observe({ queue: JUDGE_QUEUE, priority: priorityName(job.opts.priority) }, waitedSeconds);
    }
  }

  /** Stops taking jobs and waits for in-flight ones; main.ts calls it before closing the app. */
  async drain(signal?: string): Promise<void> {
    this.logger.log({ signal }, 'shutting down: draining in-flight jobs');
    await this.worker?.close();
    await this.connection?.quit().catch(() => this.connection?.disconnect());
    this.logger.log('drained');
  }
}

/** A BullMQ priority as the name the queue uses for it (JobPriority), for metric labels. */
export function priorityName(priority: number | undefined): string {
  const entry = Object.entries(JobPriority).find(([, p]) => p === priority);
  return entry ? entry[0].toLowerCase() : 'none';
}
