import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { SubmissionEvent, TestResultDto, Verdict } from '@tryout/contracts';
import type { JudgeableProblem } from '@tryout/judge';
import { ProblemEntity, ProblemVersionEntity, ProblemsService } from '@tryout/server-problems';
import { SubmissionEventsService } from '@tryout/server-queue';
import { DataSource, EntityManager, Not, Repository } from 'typeorm';
import { SubmissionTestResultEntity } from './submission-test-result.entity';
import { clip, hiddenTestName, viewTest } from './submission-view.util';
import { SubmissionEntity } from './submission.entity';
import { SubmissionException } from './submission.exception';

export interface JudgingTask {
  submission: SubmissionEntity;
  /** The version's data with the tests this submission runs, in order. */
  problem: JudgeableProblem;
  /**
   * `run` with custom cases: one test per case (`custom/1`…) with an empty answer. There is no
   * expected output: report what the program returned and printed; the verdict is `accepted`
   * unless it failed to run.
   */
  customInput: boolean;
}

export interface FinalResult {
  verdict: Verdict;
  /** Max over tests. */
  cpuMs: number;
  memoryKb: number;
  compileOutput?: string | null;
  /** Every test that ran, in order (may be fewer than the total when judging stops early). */
  tests: TestResultDto[];
}

/**
 * The worker's side of a submission: load it, move its status, record per-test results and the
 * verdict. Every write is idempotent, so a job re-run after a crash overwrites, never duplicates.
 * Each step publishes its progress event after its write commits.
 */
@Injectable()
export class JudgingService {
  private readonly logger = new Logger(JudgingService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(SubmissionEntity) private readonly submissions: Repository<SubmissionEntity>,
    @InjectRepository(SubmissionTestResultEntity) private readonly results: Repository<SubmissionTestResultEntity>,
    private readonly problems: ProblemsService,
    private readonly events: SubmissionEventsService,
  ) {}

  /** Throws `submission_not_found` when the row is gone (the job should then be dropped). */
  async load(submissionId: string): Promise<JudgingTask> {
    const submission = await this.submissions.findOneBy({ id: submissionId });
    if (!submission) throw new SubmissionException('submission_not_found', `no submission ${submissionId}`);
    const customInput = submission.mode === 'run' && submission.customInputs !== null;
    const problem = await this.problems.loadJudgeable(
      submission.problemVersionId,
      submission.mode === 'submit' ? 'all' : 'samples',
    );
    if (customInput)
      problem.tests = (submission.customInputs ?? []).map((input, i) => ({
        name: `custom/${i + 1}`,
        group: 'sample',
        input,
        answer: '',
      }));
    return { submission, problem, customInput };
  }

  /**
   * `compiling` starts (or restarts) judging: earlier partial results are dropped, so a retried job
   * begins clean. `running` records the number of tests about to run.
   */
  async markStatus(submissionId: string, status: 'compiling' | 'running', testsTotal?: number): Promise<void> {
    const changed = await this.dataSource.transaction(async (m) => {
      const s = await this.lock(m, submissionId);
      if (s.status === 'finished') return false;
      if (status === 'compiling') await m.delete(SubmissionTestResultEntity, { submissionId });
      await m.update(SubmissionEntity, submissionId, {
        status,
        ...(status === 'compiling' ? { testsDone: 0, startedAt: new Date() } : {}),
        ...(testsTotal !== undefined ? { testsTotal } : {}),
      });
      return true;
    });
    // A finished submission never moves back (a late duplicate delivery).
    if (!changed) return;
    const s = await this.submissions.findOneByOrFail({ id: submissionId });
    await this.publish(
      status === 'compiling'
        ? { type: 'status', submissionId, status: 'compiling' }
        : { type: 'running', submissionId, done: s.testsDone, total: s.testsTotal },
    );
  }

  /** Upserts one test's result on (submission, index) and publishes `running k/n`. */
  async recordTestResult(submissionId: string, result: TestResultDto): Promise<void> {
    let done = 0;
    let total = 0;
    let name = result.name;
    await this.dataSource.transaction(async (m) => {
      const s = await this.lock(m, submissionId);
      if (s.status === 'finished') return;
      if (result.hidden) {
        const version = await m.findOneOrFail(ProblemVersionEntity, {
          where: { id: s.problemVersionId },
          select: ['id', 'sampleCount'],
        });
        name = hiddenTestName(result.index, version.sampleCount);
      }
      await m.upsert(SubmissionTestResultEntity, toRow(submissionId, result), {
        conflictPaths: ['submissionId', 'index'],
      });
      done = await m.countBy(SubmissionTestResultEntity, { submissionId });
      total = Math.max(s.testsTotal, done);
      await m.update(SubmissionEntity, submissionId, { status: 'running', testsDone: done, testsTotal: total });
    });
    if (total === 0) return;
    // Published with exact figures (admins may follow too); the relay shapes it per reader (viewEvent).
    const test = result.hidden ? viewTest({ ...result, name }, true) : result;
    await this.publish({ type: 'running', submissionId, done, total, test });
  }

  /**
   * Writes the verdict and replaces all per-test results in one transaction. The first verdict
   * wins: a second call (a duplicate job, or one re-enqueued by the sweeper while the first still
   * ran) changes nothing and publishes nothing, so a submission has exactly one verdict and the
   * problem's public counters count it once. Returns whether this call wrote the verdict.
   */
  async finish(submissionId: string, final: FinalResult): Promise<boolean> {
    let event: SubmissionEvent | undefined;
    await this.dataSource.transaction(async (m) => {
      const s = await this.lock(m, submissionId);
      if (s.status === 'finished') return;
      await m.delete(SubmissionTestResultEntity, { submissionId });
      const rows = final.tests.map((t) => toRow(submissionId, t));
      for (let i = 0; i < rows.length; i += 100) await m.insert(SubmissionTestResultEntity, rows.slice(i, i + 100));
      const compileOutput = clip(final.compileOutput ?? null);
      await m.update(SubmissionEntity, submissionId, {
        status: 'finished',
        verdict: final.verdict,
        // No test ran (compile error, our own failure): there is no runtime or memory to show.
        cpuMs: rows.length ? Math.round(final.cpuMs) : null,
        memoryKb: rows.length ? Math.round(final.memoryKb) : null,
        compileOutput,
        testsDone: rows.length,
        testsTotal: Math.max(s.testsTotal, rows.length),
        finishedAt: new Date(),
      });
      if (s.mode === 'submit') await this.adjustCounters(m, s, final.verdict);
      event = {
        type: 'verdict',
        submissionId,
        status: 'finished',
        verdict: final.verdict,
        cpuMs: Math.round(final.cpuMs),
        memoryKb: Math.round(final.memoryKb),
        ...(compileOutput ? { compileOutput } : {}),
      };
    });
    if (event) await this.publish(event);
    return event !== undefined;
  }

  /**
   * A rejudge's result: the finished submission moves to `versionId` with the new verdict and tests;
   * the problem's accepted counter follows. `also` runs in the same transaction (the rejudge report).
   * Returns the verdict it had before.
   */
  async replaceResult(
    submissionId: string,
    versionId: string,
    final: FinalResult & { testsTotal: number },
    also: (m: EntityManager, before: SubmissionEntity) => Promise<void>,
  ): Promise<Verdict | null> {
    return this.dataSource.transaction(async (m) => {
      const s = await this.lock(m, submissionId);
      await m.delete(SubmissionTestResultEntity, { submissionId });
      const rows = final.tests.map((t) => toRow(submissionId, t));
      for (let i = 0; i < rows.length; i += 100) await m.insert(SubmissionTestResultEntity, rows.slice(i, i + 100));
      await m.update(SubmissionEntity, submissionId, {
        problemVersionId: versionId,
        verdict: final.verdict,
        cpuMs: rows.length ? Math.round(final.cpuMs) : null,
        memoryKb: rows.length ? Math.round(final.memoryKb) : null,
        compileOutput: clip(final.compileOutput ?? null),
        testsDone: rows.length,
        testsTotal: Math.max(final.testsTotal, rows.length),
      });
      if (s.mode === 'submit' && s.status === 'finished') await this.adjustCounters(m, s, final.verdict);
      await also(m, s);
      return s.verdict;
    });
  }

  /**
   * Ends a submission nothing will judge any more (its job failed for good, or vanished past its
   * budget) with internal_error, keeping the results it has. Exactly once, whatever the number of
   * sweepers: the row lock serialises them and only an unfinished row is changed.
   */
  async abandon(submissionId: string): Promise<boolean> {
    let event: SubmissionEvent | undefined;
    await this.dataSource.transaction(async (m) => {
      const s = await m.findOne(SubmissionEntity, {
        where: { id: submissionId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!s || s.status === 'finished') return;
      await m.update(SubmissionEntity, submissionId, {
        status: 'finished',
        verdict: 'internal_error',
        finishedAt: new Date(),
      });
      if (s.mode === 'submit') await this.adjustCounters(m, s, 'internal_error');
      event = {
        type: 'verdict',
        submissionId,
        status: 'finished',
        verdict: 'internal_error',
        cpuMs: s.cpuMs ?? 0,
        memoryKb: s.memoryKb ?? 0,
      };
    });
    if (event) await this.publish(event);
    return event !== undefined;
  }

  /**
   * One judge at a time per user: a submission's turn comes when it is its user's oldest unfinished
   * one, so a user's submissions run one after another in the order they were made, and a few
   * accounts with slow programs cannot hold every worker.
   */
  async isUsersTurn(submission: Pick<SubmissionEntity, 'id' | 'userId'>): Promise<boolean> {
    return (await this.nextInLine(submission.userId)) === submission.id;
  }

  /** The user's oldest unfinished submission: the one whose turn it is. */
  async nextInLine(userId: string): Promise<string | undefined> {
    const next = await this.submissions.findOne({
      where: { userId, status: Not('finished') },
      order: { createdAt: 'ASC', id: 'ASC' },
      select: ['id'],
    });
    return next?.id;
  }

  /** Publishing never fails judging: the database already holds the truth. */
  async publish(event: SubmissionEvent): Promise<void> {
    try {
      await this.events.publish(event);
    } catch (err) {
      this.logger.warn({ submissionId: event.submissionId, err }, 'progress not published');
    }
  }

  private async lock(m: EntityManager, submissionId: string): Promise<SubmissionEntity> {
    const s = await m.findOne(SubmissionEntity, { where: { id: submissionId }, lock: { mode: 'pessimistic_write' } });
    if (!s) throw new SubmissionException('submission_not_found', `no submission ${submissionId}`);
    return s;
  }

  private async adjustCounters(m: EntityManager, before: SubmissionEntity, verdict: Verdict): Promise<void> {
    // The public acceptance figures describe practice: interview and mock work stays private.
    if (before.interviewSessionId) return;
    const wasCounted = before.status === 'finished' && before.verdict !== null;
    const submitDelta = wasCounted ? 0 : 1;
    const acceptedDelta = (verdict === 'accepted' ? 1 : 0) - (wasCounted && before.verdict === 'accepted' ? 1 : 0);
    if (submitDelta === 0 && acceptedDelta === 0) return;
    await m
      .createQueryBuilder()
      .update(ProblemEntity)
      .set({
        submitCount: () => `submit_count + ${submitDelta}`,
        acceptedCount: () => `accepted_count + ${acceptedDelta}`,
      })
      .where({ id: before.problemId })
      .execute();
  }

  /** For janitors: submissions not finished, oldest first. */
  async unfinished(limit = 100): Promise<SubmissionEntity[]> {
    return this.submissions.find({ where: { status: Not('finished') }, order: { createdAt: 'ASC' }, take: limit });
  }
}

/** Hidden tests are stored without data, whatever the caller passes. */
function toRow(submissionId: string, t: TestResultDto): Partial<SubmissionTestResultEntity> {
  const visible = !t.hidden;
  return {
    submissionId,
    index: t.index,
    name: t.name,
    hidden: t.hidden,
    verdict: t.verdict,
    cpuMs: Math.round(t.cpuMs ?? 0),
    wallMs: Math.round(t.wallMs ?? 0),
    memoryKb: Math.round(t.memoryKb ?? 0),
    input: visible ? clip(t.input) : null,
    expected: visible ? clip(t.expected) : null,
    actual: visible ? clip(t.actual) : null,
    stdout: visible ? clip(t.stdout) : null,
    stderr: visible ? clip(t.stderr) : null,
    message: visible ? clip(t.message) : null,
    exitCode: t.exitCode ?? null,
    signal: t.signal ?? null,
  };
}
