import { Injectable } from '@nestjs/common';
import {
  JUDGE_QUEUE,
  JudgeJobName,
  QUEUE_FAILED_LIST_MAX,
  type FailedJobDto,
  type QueueOverviewDto,
} from '@tryout/contracts';
import { AuditService, type AuditActor } from '@tryout/server-audit';
import { JudgeQueueService } from '@tryout/server-queue';
import type { Job } from 'bullmq';
import { AdminException } from './admin.exception';

/** Failure reasons are worker errors; cap them so one huge message can't swell the page. */
const REASON_MAX_CHARS = 2000;

/** The judge queue as admins see it: depth by state, recent failures, and retry. */
@Injectable()
export class AdminQueueService {
  constructor(
    private readonly judgeQueue: JudgeQueueService,
    private readonly audit: AuditService,
  ) {}

  async overview(): Promise<QueueOverviewDto> {
    const queue = this.judgeQueue.queue;
    const [counts, failed] = await Promise.all([
      queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed', 'completed', 'paused'),
      queue.getFailed(0, QUEUE_FAILED_LIST_MAX - 1),
    ]);
    return {
      queue: JUDGE_QUEUE,
      counts: {
        waiting: counts.waiting ?? 0,
        prioritized: counts.prioritized ?? 0,
        active: counts.active ?? 0,
        delayed: counts.delayed ?? 0,
        failed: counts.failed ?? 0,
        completed: counts.completed ?? 0,
        paused: counts.paused ?? 0,
      },
      // getFailed can return holes for jobs removed meanwhile.
      failed: failed.filter((job): job is Job => Boolean(job)).map(toFailedJobDto),
    };
  }

  async retry(actor: AuditActor, jobId: string): Promise<void> {
    const job = await this.judgeQueue.queue.getJob(jobId);
    if (!job) throw new AdminException('job_not_found', `no job with id ${jobId}`);
    if (!(await job.isFailed())) throw new AdminException('job_not_failed', 'only a failed job can be retried');
    await job.retry('failed');
    await this.audit.record({
      actor,
      action: 'queue.job_retried',
      target: { type: 'job', id: jobId, label: `${job.name} ${jobId}` },
      details: { attemptsMade: job.attemptsMade, failedReason: truncate(job.failedReason ?? '') },
    });
  }
}

function truncate(text: string): string {
  return text.length > REASON_MAX_CHARS ? `${text.slice(0, REASON_MAX_CHARS)}…` : text;
}

function toFailedJobDto(job: Job): FailedJobDto {
  const data = job.data as { submissionId?: unknown } | undefined;
  return {
    id: String(job.id),
    name: job.name,
    submissionId: job.name === JudgeJobName.Judge && typeof data?.submissionId === 'string' ? data.submissionId : null,
    failedReason: truncate(job.failedReason ?? ''),
    attemptsMade: job.attemptsMade,
    enqueuedAt: new Date(job.timestamp).toISOString(),
    failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
  };
}
