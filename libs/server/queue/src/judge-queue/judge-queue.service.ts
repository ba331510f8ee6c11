import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import {
  JUDGE_QUEUE,
  JobPriority,
  JudgeJobName,
  type JudgeJobData,
  type RejudgeJobData,
  type SmokeJobData,
  type ValidateJobData,
} from '@tryout/contracts';
import { ConfigService } from '@tryout/server-config';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';

export type JudgePriority = keyof typeof JobPriority;

/** Producer side of the judge queue, namespaced by QUEUE_PREFIX. */
@Injectable()
export class JudgeQueueService implements OnModuleDestroy {
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

  /** Job id = submission id: enqueueing the same submission twice is a no-op. */
  async enqueueJudge(submissionId: string, priority: JudgePriority): Promise<void> {
    const data: JudgeJobData = { submissionId };
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

  async enqueueSmoke(nonce: string): Promise<void> {
    const data: SmokeJobData = { nonce };
    await this.queue.add(JudgeJobName.Smoke, data, { jobId: `smoke-${nonce}` });
  }

  async onModuleDestroy(): Promise<void> {
    await this.queue.close();
    await this.connection.quit().catch(() => this.connection.disconnect());
  }
}
