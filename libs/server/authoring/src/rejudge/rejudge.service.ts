import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RejudgeDto, Verdict } from '@tryout/contracts';
import { AuditService, type AuditActor } from '@tryout/server-audit';
import { ProblemEntity, ProblemsService } from '@tryout/server-problems';
import { JudgeQueueService } from '@tryout/server-queue';
import { JudgingService, SubmissionEntity, type FinalResult } from '@tryout/server-submissions';
import { DataSource } from 'typeorm';
import { AuthoringException } from '../authoring.exception';
import { ProblemRejudgeEntity, ProblemRejudgeItemEntity } from './problem-rejudge.entity';

/**
 * Rejudge: a problem's finished practice submits judged on an older version are judged again on the
 * current one, one queue job each at the lowest priority. A submission stays finished (and visible
 * as before) until its new result replaces the old one in one transaction with the report row.
 * Interview submissions are left alone: a report stays what the interviewers saw.
 */
@Injectable()
export class RejudgeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly problems: ProblemsService,
    private readonly judging: JudgingService,
    private readonly queue: JudgeQueueService,
    private readonly audit: AuditService,
  ) {}

  async request(actor: AuditActor, problemId: string): Promise<RejudgeDto> {
    const { rejudge, itemIds } = await this.dataSource.transaction(async (m) => {
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`rejudge:${problemId}`]);
      const problem = await m.findOneBy(ProblemEntity, { id: problemId });
      if (!problem) throw new AuthoringException('problem_not_found', `no problem ${problemId}`);
      if (await m.findOneBy(ProblemRejudgeEntity, { problemId, status: 'running' }))
        throw new AuthoringException('rejudge_running', 'a rejudge of this problem is still running');
      const version = await this.problems.currentVersion(problem);
      const subs = await m.query<{ id: string; verdict: Verdict; version: number }[]>(
        `SELECT s.id, s.verdict, v.version FROM submissions s JOIN problem_versions v ON v.id = s.problem_version_id
         WHERE s.problem_id = $1 AND s.mode = 'submit' AND s.status = 'finished' AND s.interview_session_id IS NULL
           AND s.problem_version_id <> $2 AND s.verdict IS NOT NULL
         ORDER BY s.created_at`,
        [problemId, version.id],
      );
      const row = await m.save(
        m.create(ProblemRejudgeEntity, {
          problemId,
          toVersion: version.version,
          toVersionId: version.id,
          status: subs.length ? 'running' : 'finished',
          total: subs.length,
          done: 0,
          changedCount: 0,
          requestedById: actor.id,
          requestedByLabel: actor.label,
          finishedAt: subs.length ? null : new Date(),
        }),
      );
      const items = subs.map((s) => ({
        rejudgeId: row.id,
        submissionId: s.id,
        fromVersion: s.version,
        before: s.verdict,
      }));
      const ids: string[] = [];
      for (let i = 0; i < items.length; i += 100) {
        const r = await m.insert(ProblemRejudgeItemEntity, items.slice(i, i + 100));
        ids.push(...r.identifiers.map((x) => x.id as string));
      }
      await this.audit.record(
        {
          actor,
          action: 'problem.rejudged',
          target: { type: 'problem', id: problemId, label: problem.slug },
          details: { rejudgeId: row.id, toVersion: version.version, submissions: subs.length },
        },
        m,
      );
      return { rejudge: row, itemIds: ids };
    });
    if (itemIds.length) {
      try {
        await this.queue.enqueueRejudge(itemIds);
      } catch {
        // Not enqueued (Redis down): no submission was touched; drop the rejudge so it can be asked again.
        await this.dataSource.getRepository(ProblemRejudgeEntity).delete(rejudge.id);
        throw new AuthoringException('queue_unavailable', 'the judge queue is unavailable; try again shortly');
      }
    }
    return this.get(rejudge.id);
  }

  async get(rejudgeId: string): Promise<RejudgeDto> {
    const rejudge = await this.dataSource.getRepository(ProblemRejudgeEntity).findOneBy({ id: rejudgeId });
    if (!rejudge) throw new AuthoringException('rejudge_not_found', `no rejudge ${rejudgeId}`);
    const changed = await this.dataSource.query<Record<string, unknown>[]>(
      `SELECT i.submission_id, i.from_version, i.before, i.after, s.user_id, s.language, u.email
       FROM problem_rejudge_items i JOIN submissions s ON s.id = i.submission_id JOIN users u ON u.id = s.user_id
       WHERE i.rejudge_id = $1 AND i.after IS NOT NULL AND i.after <> i.before ORDER BY i.finished_at`,
      [rejudgeId],
    );
    return {
      ...toRejudgeDto(rejudge),
      changed: changed.map((c) => ({
        submissionId: c.submission_id as string,
        userId: c.user_id as string,
        userLabel: c.email as string,
        language: c.language as RejudgeDto['changed'][number]['language'],
        fromVersion: c.from_version as number,
        before: c.before as Verdict,
        after: c.after as Verdict,
      })),
    };
  }

  async list(problemId: string): Promise<RejudgeDto[]> {
    if (!(await this.dataSource.getRepository(ProblemEntity).existsBy({ id: problemId })))
      throw new AuthoringException('problem_not_found', `no problem ${problemId}`);
    const rows = await this.dataSource
      .getRepository(ProblemRejudgeEntity)
      .find({ where: { problemId }, order: { createdAt: 'DESC' } });
    return rows.map((r) => ({ ...toRejudgeDto(r), changed: [] }));
  }

  /** The worker's first step: what to judge, or null when the item is gone or already done. */
  async loadItem(
    itemId: string,
  ): Promise<{ item: ProblemRejudgeItemEntity; toVersionId: string; submission: SubmissionEntity } | null> {
    const item = await this.dataSource.getRepository(ProblemRejudgeItemEntity).findOneBy({ id: itemId });
    if (!item || item.finishedAt) return null;
    const rejudge = await this.dataSource.getRepository(ProblemRejudgeEntity).findOneBy({ id: item.rejudgeId });
    const submission = await this.dataSource.getRepository(SubmissionEntity).findOneBy({ id: item.submissionId });
    if (!rejudge || !submission) return null;
    return { item, toVersionId: rejudge.toVersionId, submission };
  }

  /**
   * Our own failure after every retry: the submission keeps the result it had (a judge error is no
   * verdict on the candidate's code); the item counts as done, unchanged.
   */
  async giveUp(itemId: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const item = await m.findOne(ProblemRejudgeItemEntity, {
        where: { id: itemId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!item || item.finishedAt) return;
      await m.update(ProblemRejudgeItemEntity, itemId, { finishedAt: new Date() });
      await m.query(
        `UPDATE problem_rejudges SET done = done + 1,
           status = CASE WHEN done + 1 >= total THEN 'finished' ELSE status END,
           finished_at = CASE WHEN done + 1 >= total THEN now() ELSE finished_at END
         WHERE id = $1`,
        [item.rejudgeId],
      );
    });
  }

  /** Replaces the submission's result and counts it in the report, once (the item row is locked). */
  async complete(itemId: string, toVersionId: string, final: FinalResult & { testsTotal: number }): Promise<void> {
    const item = await this.dataSource.getRepository(ProblemRejudgeItemEntity).findOneBy({ id: itemId });
    if (!item || item.finishedAt) return;
    await this.judging
      .replaceResult(item.submissionId, toVersionId, final, async (m) => {
        const locked = await m.findOne(ProblemRejudgeItemEntity, {
          where: { id: itemId },
          lock: { mode: 'pessimistic_write' },
        });
        if (!locked || locked.finishedAt)
          throw new AuthoringException('rejudge_not_found', 'rejudge item already done');
        await m.update(ProblemRejudgeItemEntity, itemId, { after: final.verdict, finishedAt: new Date() });
        const changed = final.verdict !== locked.before ? 1 : 0;
        await m.query(
          `UPDATE problem_rejudges SET done = done + 1, changed_count = changed_count + $2,
           status = CASE WHEN done + 1 >= total THEN 'finished' ELSE status END,
           finished_at = CASE WHEN done + 1 >= total THEN now() ELSE finished_at END
         WHERE id = $1`,
          [locked.rejudgeId, changed],
        );
      })
      .catch((err: unknown) => {
        // A duplicate delivery lost the race: the first one counted.
        if (err instanceof AuthoringException && err.code === 'rejudge_not_found') return;
        throw err;
      });
  }
}

function toRejudgeDto(r: ProblemRejudgeEntity): Omit<RejudgeDto, 'changed'> {
  return {
    id: r.id,
    problemId: r.problemId,
    toVersion: r.toVersion,
    status: r.status,
    total: r.total,
    done: r.done,
    changedCount: r.changedCount,
    requestedBy: { id: r.requestedById, label: r.requestedByLabel },
    createdAt: r.createdAt.toISOString(),
    finishedAt: r.finishedAt?.toISOString() ?? null,
  };
}
