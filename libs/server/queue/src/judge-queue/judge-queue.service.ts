import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import {
  JUDGE_QUEUE,
  JobPriority,
  JudgeJobName,
  type JudgeJobData,
  type SubmissionMode,
  type RejudgeJobData,
  type ValidateJobData,
} from '@tryout/contracts';
import { currentRequestId } from '@tryout/server-common';
import { ConfigService } from '@tryout/server-config';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { redisDurabilityWarnings } from '../redis/redis-durability.util';

export type JudgePriority = keyof typeof JobPriority;

/** A submission's judge priority: interviews first, then submits, then runs. */
export function judgePriorityOf(submission: {
  mode: SubmissionMode;
  interviewSessionId: string | null;
}): JudgePriority {
  if (submission.interviewSessionId) return 'Interview';
  return submission.mode === 'submit' ? 'Submit' : 'Run';
}

/** Producer side of the judge queue, namespaced by QUEUE_PREFIX. */
@Injectable()
export class JudgeQueueService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(JudgeQueueService.name);
  readonly queue: Queue;
  private readonly connection: Redis;

  constructor(config: ConfigService) {
    this.connection = new Redis(config.get('REDIS_URL'), { connectionName: 'tryout-queue', maxRetriesPerRequest: 2 });
    this.connection.on('error', (err: Error) => this.logger.warn({ err }, 'redis (queue) error'));
    this.queue = new Queue(JUDGE_QUEUE, {
      connection: this.connection,
      prefix: config.get('QUEUE_PREFIX'),
      defaultJobOptions: {
        attempts: 3,
        backoff: { type: 'exponential', delay: 2000 },
        removeOnComplete: { age: 24 * 3600, count: 10_000 },
        removeOnFail: { age: 7 * 24 * 3600 },
      },
    });
  }

  /** Warns (never fails start-up) when the Redis in use could lose or evict queued jobs. */
  async onApplicationBootstrap(): Promise<void> {
    try {
      for (const warning of await redisDurabilityWarnings(this.connection)) this.logger.warn(warning);
    } catch (err) {
      this.logger.warn({ err }, 'could not check the Redis settings');
    }
  }

  /** Job id = submission id: enqueueing the same submission twice is a no-op. */
  async enqueueJudge(submissionId: string, priority: JudgePriority): Promise<void> {
    const requestId = currentRequestId();
    const data: JudgeJobData = { submissionId, ...(requestId ? { requestId } : {}) };
    await this.queue.add(JudgeJobName.Judge, data, { jobId: submissionId, priority: JobPriority[priority] });
  }

  /** One attempt: a failed validation is reported and the admin runs it again. */
  async enqueueValidate(validationId: string): Promise<void> {
    const data: ValidateJobData = { validationId };
    await this.queue.add(JudgeJobName.Validate, data, {
      jobId: `validate-${validationId}`,
      priority: JobPriority.Background,
      attempts: 1,
    });
  }

  async enqueueRejudge(rejudgeItemIds: string[]): Promise<void> {
    await this.queue.addBulk(
      rejudgeItemIds.map((rejudgeItemId) => ({
        name: JudgeJobName.Rejudge,
        data: { rejudgeItemId } satisfies RejudgeJobData,
        opts: { jobId: `rejudge-${rejudgeItemId}`, priority: JobPriority.Background },
      })),
    );
  }

  async onModuleDestroy(): Promise<void> {
    await this.queue.close();
    await this.connection.quit().catch(() => this.connection.disconnect());
  }
}
