import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { sweeperActions } from '@tryout/server-common';
import { ConfigService } from '@tryout/server-config';
import { JudgeQueueService, judgePriorityOf } from '@tryout/server-queue';
import { LessThan, Not, Repository } from 'typeorm';
import { JudgingService } from './judging.service';
import { SubmissionEntity } from './submission.entity';

/** Job states in which BullMQ will still run the job (or is running it). */
const LIVE_STATES = new Set(['waiting', 'prioritized', 'delayed', 'active', 'waiting-children']);
/** Rows looked at per sweep, oldest first. */
const SWEEP_BATCH = 200;

export interface SweepReport {
  requeued: string[];
  abandoned: string[];
}

/**
 * Finds submissions that would otherwise stay queued/compiling/running for good: a job that
 * vanished (Redis restarted empty) is enqueued again under the same job id (a no-op if another
 * sweeper did it first); one that failed for good (its last attempt failed outside the judge, e.g.
 * a database error in finishing) or that vanished past SUBMISSION_BUDGET_SECONDS ends as
 * internal_error, exactly once (JudgingService.abandon's row lock). Rows younger than
 * SWEEPER_GRACE_SECONDS are left alone: creation enqueues just after the insert commits.
 */
@Injectable()
export class SubmissionSweeperService {
  private readonly logger = new Logger(SubmissionSweeperService.name);

  constructor(
    @InjectRepository(SubmissionEntity) private readonly submissions: Repository<SubmissionEntity>,
    private readonly judging: JudgingService,
    private readonly queue: JudgeQueueService,
    private readonly config: ConfigService,
  ) {}

  async sweep(now = new Date()): Promise<SweepReport> {
    const report: SweepReport = { requeued: [], abandoned: [] };
    const graceMs = this.config.get('SWEEPER_GRACE_SECONDS') * 1000;
    const budgetMs = this.config.get('SUBMISSION_BUDGET_SECONDS') * 1000;
    const stale = await this.submissions.find({
      where: { status: Not('finished'), createdAt: LessThan(new Date(now.getTime() - graceMs)) },
      order: { createdAt: 'ASC' },
      take: SWEEP_BATCH,
      select: ['id', 'mode', 'interviewSessionId', 'createdAt'],
    });
    for (const s of stale) {
      const job = await this.queue.queue.getJob(s.id);
      const state = job ? await job.getState() : 'unknown';
      if (LIVE_STATES.has(state)) continue;
      const gone = state === 'unknown';
      if (gone && now.getTime() - s.createdAt.getTime() < budgetMs) {
        // Same job id: enqueueing twice (two sweepers) yields one job.
        await this.queue.enqueueJudge(s.id, judgePriorityOf(s));
        report.requeued.push(s.id);
      } else if (await this.judging.abandon(s.id)) {
        report.abandoned.push(s.id);
      }
    }
    sweeperActions.inc({ action: 'requeued' }, report.requeued.length);
    sweeperActions.inc({ action: 'abandoned' }, report.abandoned.length);
    if (report.requeued.length > 0)
      this.logger.warn({ count: report.requeued.length }, 're-enqueued submissions whose job was gone');
    if (report.abandoned.length > 0)
      this.logger.warn({ count: report.abandoned.length }, 'ended stuck submissions as internal_error');
    return report;
  }
}
