import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ConfigService } from '@tryout/server-config';
import { AccountStateCache } from '@tryout/server-users';
import { ProblemEntity } from '@tryout/server-problems';
import { SubmissionEntity, SubmissionsService } from '@tryout/server-submissions';
import { Queue, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { DataSource, IsNull } from 'typeorm';
import { CLOCK, type Clock } from '../clock/clock';
import { liveDocumentText } from '../live/live-document.store';
import { InterviewEventsService } from '../sessions/interview-events.service';
import { InterviewSessionProblemEntity } from '../sessions/interview-session-problem.entity';
import { InterviewSessionEntity, type InterviewEndReason } from '../sessions/interview-session.entity';
import { sessionStatus } from '../sessions/interview-view.util';

export const INTERVIEW_DEADLINE_QUEUE = 'interview-deadlines';

interface DeadlineJobData {
  /** Absent on the periodic guest sweep. */
  sessionId?: string;
}

/**
 * A guest identity lives this long after its session ended or was cancelled (the candidate can
 * reopen the end screen); then it is disabled and its link no longer redeems.
 */
export const GUEST_RETENTION_MS = 24 * 3600 * 1000;
const GUEST_SWEEP_EVERY_MS = 3600 * 1000;

/**
 * Ends sessions at their stored deadline and submits the last code of every problem once.
 * A delayed BullMQ job per deadline (in Redis, so an API restart loses nothing) wakes
 * `finalize`; `finalize` is idempotent and also runs lazily when anyone reads a session past its
 * deadline, so a late or lost job never lets time run on.
 */
@Injectable()
export class InterviewDeadlineService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(InterviewDeadlineService.name);
  private readonly connection: Redis;
  private readonly queue: Queue<DeadlineJobData>;
  private workerConnection?: Redis;
  private worker?: Worker<DeadlineJobData>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly submissions: SubmissionsService,
    private readonly events: InterviewEventsService,
    private readonly config: ConfigService,
    private readonly accounts: AccountStateCache,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.connection = new Redis(config.get('REDIS_URL'), {
      connectionName: 'tryout-interview-deadlines',
      maxRetriesPerRequest: 2,
    });
    this.connection.on('error', (err: Error) => this.logger.warn(`redis: ${err.message}`));
    this.queue = new Queue<DeadlineJobData>(INTERVIEW_DEADLINE_QUEUE, {
      connection: this.connection,
      prefix: config.get('QUEUE_PREFIX'),
      defaultJobOptions: {
        attempts: 5,
        backoff: { type: 'exponential', delay: 1000 },
        removeOnComplete: { age: 24 * 3600 },
        removeOnFail: { age: 7 * 24 * 3600 },
      },
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    // BullMQ workers block on Redis: maxRetriesPerRequest must be null.
    this.workerConnection = new Redis(this.config.get('REDIS_URL'), {
      maxRetriesPerRequest: null,
      connectionName: 'tryout-interview-deadline-worker',
    });
    this.workerConnection.on('error', (err: Error) => this.logger.warn(`redis (worker): ${err.message}`));
    this.worker = new Worker<DeadlineJobData>(INTERVIEW_DEADLINE_QUEUE, (job) => this.process(job), {
      connection: this.workerConnection,
      prefix: this.config.get('QUEUE_PREFIX'),
      concurrency: 2,
    });
    this.worker.on('error', (err) => this.logger.warn(`deadline worker: ${err.message}`));
    // Re-arm every open session's deadline: covers a Redis that lost its delayed jobs.
    const open = await this.dataSource.getRepository(InterviewSessionEntity).find({
      where: { endedAt: IsNull(), cancelledAt: IsNull() },
      select: ['id', 'deadlineAt'],
    });
    for (const s of open) if (s.deadlineAt) await this.schedule(s.id, s.deadlineAt);
    // One scheduler id on every instance: one hourly sweep per deployment.
    await this.queue.upsertJobScheduler(
      'guest-sweep',
      { every: GUEST_SWEEP_EVERY_MS },
      { name: 'guest-sweep', data: {} },
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
    await this.queue.close();
    await this.workerConnection?.quit().catch(() => this.workerConnection?.disconnect());
    await this.connection.quit().catch(() => this.connection.disconnect());
  }

  /** One job per deadline value (an extension adds another; the stale one finds nothing to do). */
  async schedule(sessionId: string, deadlineAt: Date): Promise<void> {
    const delay = Math.max(0, deadlineAt.getTime() - this.clock.now().getTime());
    await this.queue.add('deadline', { sessionId }, { jobId: deadlineJobId(sessionId, deadlineAt), delay });
  }

  /** The pending job for this deadline (tests promote it instead of waiting). */
  job(sessionId: string, deadlineAt: Date): Promise<Job<DeadlineJobData> | undefined> {
    return this.queue.getJob(deadlineJobId(sessionId, deadlineAt));
  }

  private async process(job: Job<DeadlineJobData>): Promise<void> {
    if (!job.data.sessionId) {
      await this.expireGuests();
      return;
    }
    const session = await this.dataSource.getRepository(InterviewSessionEntity).findOneBy({ id: job.data.sessionId });
    if (!session?.deadlineAt || session.endedAt || session.cancelledAt) return;
    if (sessionStatus(session, this.clock.now()) !== 'ended') {
      // Woken early (a clock skew between hosts, or moved by an extension): wait for the stored deadline.
      await this.schedule(session.id, session.deadlineAt);
      return;
    }
    await this.finalize(session.id, 'deadline');
  }

  /**
   * Ends the session (if `reason` allows now) and submits each problem's latest code once. Safe to
   * call any number of times, concurrently: an advisory lock serialises finalisers and an existing
   * automatic submission is never made twice. Returns whether the session is ended.
   */
  async finalize(sessionId: string, reason: InterviewEndReason): Promise<boolean> {
    const ended = await this.dataSource.transaction(async (m) => {
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`interview-final:${sessionId}`]);
      const session = await m.getRepository(InterviewSessionEntity).findOneBy({ id: sessionId });
      if (!session || session.cancelledAt) return false;
      const now = this.clock.now();
      if (!session.endedAt) {
        if (reason === 'deadline' && sessionStatus(session, now) !== 'ended') return false;
        // At the deadline, the session ended at the deadline (not when the job happened to run).
        session.endedAt = reason === 'deadline' && session.deadlineAt ? session.deadlineAt : now;
        session.endReason = reason;
        await m.save(session);
      }
      if (!session.candidateUserId) return true;
      const problems = await m
        .getRepository(InterviewSessionProblemEntity)
        .find({ where: { sessionId }, order: { position: 'ASC' } });
      for (const p of problems) {
        // The shared document is the source of truth: its last acknowledged text is what gets submitted.
        const live = p.finalSubmissionId ? null : await liveDocumentText(m, sessionId, p.position);
        if (live !== null && live !== p.latestSource) {
          p.latestSource = live;
          await m.update(InterviewSessionProblemEntity, { sessionId, position: p.position }, { latestSource: live });
        }
        if (p.finalSubmissionId || !p.latestSource?.trim() || !p.latestLanguage) continue;
        const existing = await m.getRepository(SubmissionEntity).findOne({
          where: { interviewSessionId: sessionId, problemId: p.problemId, automatic: true },
          select: ['id'],
        });
        let id = existing?.id;
        if (!id) {
          const problem = await m.getRepository(ProblemEntity).findOneOrFail({
            where: { id: p.problemId },
            select: ['id', 'slug'],
          });
          ({ id } = await this.submissions.create(
            { userId: session.candidateUserId, role: 'candidate' },
            { problem: problem.slug, language: p.latestLanguage, mode: 'submit', source: p.latestSource },
            { interviewSessionId: sessionId, languages: session.languages, automatic: true },
          ));
        }
        await m.update(InterviewSessionProblemEntity, { sessionId, position: p.position }, { finalSubmissionId: id });
      }
      return true;
    });
    if (ended) await this.events.changed(sessionId).catch(() => undefined);
    return ended;
  }

  /**
   * Disables the guest identities of sessions that ended (or were cancelled) more than
   * GUEST_RETENTION_MS ago. Guests are disabled, not deleted: the report keeps their work. Returns
   * how many were disabled.
   */
  async expireGuests(): Promise<number> {
    const cutoff = new Date(this.clock.now().getTime() - GUEST_RETENTION_MS);
    // An UPDATE … RETURNING comes back from the pg driver as [rows, affected].
    const [rows] = await this.dataSource.query<[{ id: string }[], number]>(
      `UPDATE users u SET disabled_at = $2
         FROM interview_sessions s
        WHERE s.candidate_user_id = u.id AND s.candidate_is_guest AND u.disabled_at IS NULL
          AND COALESCE(s.ended_at, s.cancelled_at) <= $1
        RETURNING u.id`,
      [cutoff, this.clock.now()],
    );
    for (const { id } of rows) await this.accounts.invalidate(id);
    return rows.length;
  }
}

function deadlineJobId(sessionId: string, deadlineAt: Date): string {
  return `deadline-${sessionId}-${deadlineAt.getTime()}`;
}
