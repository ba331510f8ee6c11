import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { LanguageId, SubmissionEvent, TestResultDto, Verdict } from '@tryout/contracts';
import { type JudgeableProblem, pickReference } from '@tryout/judge';
import { ProblemEntity, ProblemsService } from '@tryout/server-problems';
import { SubmissionEventsService, SubmissionProgressStore } from '@tryout/server-queue';
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
   * `run` with custom cases: one test per case (`custom/1`…). Their answers come from `reference`
   * when there is one; a case without an answer reports what the program returned and printed and
   * is `accepted` unless it failed to run.
   */
  customInput: boolean;
  /**
   * Custom cases of a practice Run (function, stdio or SQL problem): the reference solution that
   * answers them. None inside an interview session (an answer oracle there would hand out the
   * solution's behaviour) or when the problem has no accepted reference.
   */
  reference?: { language: LanguageId; source: string };
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
 * The worker's side of a submission: load it, move its status, record per-test progress and the
 * verdict. Per-test progress lives in Redis only (SubmissionProgressStore); Postgres gets a status
 * change at compiling and running, then the verdict with every result in one transaction, so its
 * cost per submission does not grow with the number of tests. Every write is idempotent, so a job
 * re-run after a crash overwrites, never duplicates. Each step publishes its event after its write.
 */
@Injectable()
export class JudgingService {
  private readonly logger = new Logger(JudgingService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(SubmissionEntity) private readonly submissions: Repository<SubmissionEntity>,
    private readonly problems: ProblemsService,
    private readonly events: SubmissionEventsService,
    private readonly progress: SubmissionProgressStore,
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
    if (!customInput || submission.interviewSessionId) return { submission, problem, customInput };
    const reference = pickReference(
      await this.problems.referenceSolutions(problem.uuid),
      problem.type === 'sql' ? submission.language : undefined,
    );
    return {
      submission,
      problem,
      customInput,
      ...(reference ? { reference: { language: reference.language, source: reference.source } } : {}),
    };
  }

  /**
   * `compiling` starts (or restarts) judging: the live progress of an earlier attempt is dropped, so
   * a retried job begins clean. `running` records the number of tests about to run. One statement
   * each: a finished submission never moves back (a late duplicate delivery changes nothing).
   */
  async markStatus(submissionId: string, status: 'compiling' | 'running', testsTotal?: number): Promise<void> {
    if (status === 'compiling') {
      const [rows] = await this.dataSource.query<[{ samples: number; total: number }[], number]>(
        `UPDATE submissions SET status = 'compiling', tests_done = 0, started_at = now()
          WHERE id = $1 AND status <> 'finished'
          RETURNING tests_total AS total,
                    (SELECT sample_count FROM problem_versions v WHERE v.id = problem_version_id) AS samples`,
        [submissionId],
      );
      if (!rows.length) return;
      await this.live('start', () =>
        this.progress.start(
          submissionId,
          { samples: rows[0].samples, total: rows[0].total },
          { type: 'status', submissionId, status: 'compiling' },
        ),
      );
      return;
    }
    const [, changed] = await this.dataSource.query<[unknown[], number]>(
      `UPDATE submissions SET status = 'running'${testsTotal !== undefined ? ', tests_total = $2' : ''}
        WHERE id = $1 AND status <> 'finished'`,
      testsTotal !== undefined ? [submissionId, testsTotal] : [submissionId],
    );
    if (!changed) return;
    await this.live('running', () => this.progress.running(submissionId, testsTotal));
  }

  /**
   * Records one test's result as live progress (Redis, never Postgres: the results are written once,
   * with the verdict) and publishes `running k/n` with it. A retried test overwrites its entry.
   */
  async recordTestResult(submissionId: string, result: TestResultDto): Promise<void> {
    await this.live('test', async () => {
      let name = result.name;
      if (result.hidden) {
        const samples = await this.progress.samples(submissionId);
        // No record: the verdict came first or Redis lost it; there is nothing to add to.
        if (samples === null) return;
        name = hiddenTestName(result.index, samples);
      }
      const named = { ...result, name };
      // Published with exact figures (admins may follow too); the relay shapes it per reader (viewEvent).
      const { submissionId: _, ...row } = toRow(submissionId, named);
      await this.progress.record(submissionId, result.index, row, result.hidden ? viewTest(named, true) : result);
    });
  }

  /**
   * Writes the verdict and all per-test results in one transaction (the only write of the results).
   * The first verdict wins: a second call (a duplicate job, or one re-enqueued by the sweeper while
   * the first still ran) changes nothing and publishes nothing, so a submission has exactly one
   * verdict and the problem's public counters count it once. Returns whether this call wrote the verdict.
   */
  async finish(submissionId: string, final: FinalResult): Promise<boolean> {
    let event: SubmissionEvent | undefined;
    await this.dataSource.transaction(async (m) => {
      const s = await this.lock(m, submissionId);
      if (s.status === 'finished') return;
      const rows = final.tests.map((t) => toRow(submissionId, t));
      await this.replaceRows(m, submissionId, rows);
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
    if (event) await this.end(event);
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
      const rows = final.tests.map((t) => toRow(submissionId, t));
      await this.replaceRows(m, submissionId, rows);
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
   * budget) with internal_error, keeping the results it has: the tests its live progress holds are
   * written with it (none when Redis lost them). Exactly once, whatever the number of sweepers: the
   * row lock serialises them and only an unfinished row is changed.
   */
  async abandon(submissionId: string): Promise<boolean> {
    let event: SubmissionEvent | undefined;
    const progress = await this.progress.read<StoredRow>(submissionId).catch((err: unknown) => {
      this.logger.warn({ submissionId, err }, 'live progress unreadable; abandoning without it');
      return null;
    });
    await this.dataSource.transaction(async (m) => {
      const s = await m.findOne(SubmissionEntity, {
        where: { id: submissionId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!s || s.status === 'finished') return;
      const rows = (progress?.rows ?? []).map((r) => ({ ...r, submissionId }));
      await this.replaceRows(m, submissionId, rows);
      await m.update(SubmissionEntity, submissionId, {
        status: 'finished',
        verdict: 'internal_error',
        testsDone: rows.length,
        testsTotal: Math.max(s.testsTotal, rows.length),
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
    if (event) await this.end(event);
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

  /** The verdict is stored: the live record goes and the verdict is published (never failing the caller). */
  private async end(event: SubmissionEvent): Promise<void> {
    await this.live('end', () => this.progress.end(event.submissionId, event));
  }

  /** Live progress never fails judging either: losing it (Redis restarting) loses only what is shown meanwhile. */
  private async live(step: string, write: () => Promise<unknown>): Promise<void> {
    try {
      await write();
    } catch (err) {
      this.logger.warn({ step, err }, 'live progress not recorded');
    }
  }

  /**
   * One INSERT per 100 rows. The DELETE finds nothing unless rows were left by an earlier judge of
   * the row (a rejudge, or a worker of a version that stored results per test).
   */
  private async replaceRows(
    m: EntityManager,
    submissionId: string,
    rows: Partial<SubmissionTestResultEntity>[],
  ): Promise<void> {
    await m.delete(SubmissionTestResultEntity, { submissionId });
    for (let i = 0; i < rows.length; i += 100) await m.insert(SubmissionTestResultEntity, rows.slice(i, i + 100));
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

/** A test's row as stored, in Postgres and in the live record (which has no submission id). */
type StoredRow = Omit<SubmissionTestResultEntity, 'submissionId' | 'submission' | 'id'>;

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
    sqlDiff: visible && t.sqlDiff ? t.sqlDiff : null,
    exitCode: t.exitCode ?? null,
    signal: t.signal ?? null,
  };
}
