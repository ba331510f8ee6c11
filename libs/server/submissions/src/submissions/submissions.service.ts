import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  CUSTOM_CASES_MAX,
  customInputsSizeError,
  type LanguageId,
  validateCustomInput,
  type CreateSubmissionRequest,
  type RuntimeDistributionDto,
  type SignatureDto,
  type Role,
  type SubmissionDto,
  type SubmissionEvent,
  type SubmissionSummaryDto,
} from '@tryout/contracts';
import { checkCustomSqlDataScript } from '@tryout/judge';
import { ConfigService } from '@tryout/server-config';
import {
  ProblemEntity,
  ProblemVersionEntity,
  ProblemsService,
  SubmittableProblemsCache,
  allowedLanguages,
  signatureDto,
} from '@tryout/server-problems';
import { JudgeQueueService, SubmissionProgressStore, judgePriorityOf } from '@tryout/server-queue';
import { DataSource, In, IsNull, Repository } from 'typeorm';
import { roundUp125 } from './coarse-metric.util';
import { beatsPercent, rangeBuckets, stepBuckets } from './runtime-distribution.util';
import { SubmissionTestResultEntity } from './submission-test-result.entity';
import { snapshotEvent, submissionDto, summaryDto } from './submission-view.util';
import { SubmissionEntity } from './submission.entity';
import { SubmissionException } from './submission.exception';

export interface Caller {
  userId: string;
  role: Role;
}

/** How the interviews domain tags its submissions. */
export interface SubmissionContext {
  interviewSessionId: string;
  /** Languages the session allows (on top of the problem's own). */
  languages: readonly LanguageId[];
  /** Made by the server at the deadline: bypasses the per-user queued cap (it never waits on the candidate). */
  automatic?: boolean;
}

/** A submission stuck in the queue longer than this no longer counts against the caller's cap. */
const QUEUED_CAP_WINDOW_MINUTES = 10;
const SNAPSHOT_COLUMNS: (keyof SubmissionEntity)[] = [
  'id',
  'status',
  'verdict',
  'cpuMs',
  'memoryKb',
  'compileOutput',
  'testsDone',
  'testsTotal',
];
/**
 * One statement, one round trip: the per-user queued cap (submission_slot_free: the user's advisory
 * lock, then a count that sees every creation committed before it; the lock is held until this
 * commits), the problem still at this version and not archived (the version came from a cache), and
 * the insert when both hold.
 */
const CREATE_SQL = `
  WITH checked AS (
    SELECT submission_slot_free($1::uuid, $12::int, $13::int) AS free,
           EXISTS (SELECT 1 FROM problems WHERE id = $2::uuid AND current_version = $4::int AND archived_at IS NULL) AS current
  ), inserted AS (
    INSERT INTO submissions (user_id, problem_id, problem_version_id, language, mode, source, custom_inputs,
                             status, tests_total, interview_session_id, automatic)
    SELECT $1::uuid, $2::uuid, $3::uuid, $5::varchar, $6::varchar, $7::text, $8::jsonb,
           'queued', $9::int, $10::uuid, $11::boolean
      FROM checked WHERE free AND current
    RETURNING id
  )
  SELECT checked.free, checked.current, inserted.id FROM checked LEFT JOIN inserted ON true`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Creating and reading submissions (the API side). The worker side is JudgingService. */
@Injectable()
export class SubmissionsService {
  private readonly logger = new Logger(SubmissionsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(SubmissionEntity) private readonly submissions: Repository<SubmissionEntity>,
    @InjectRepository(SubmissionTestResultEntity) private readonly results: Repository<SubmissionTestResultEntity>,
    private readonly problems: ProblemsService,
    private readonly problemsCache: SubmittableProblemsCache,
    private readonly queue: JudgeQueueService,
    private readonly config: ConfigService,
    private readonly progress: SubmissionProgressStore,
  ) {}

  /** Validates, stores as `queued` and enqueues (job id = submission id). */
  async create(caller: Caller, req: CreateSubmissionRequest, context?: SubmissionContext): Promise<{ id: string }> {
    this.checkSource(req.source);
    const customInputs = this.customCases(req);
    const priority = judgePriorityOf({ mode: req.mode, interviewSessionId: context?.interviewSessionId ?? null });
    let saved: { id: string } | null = null;
    // The problem comes from a cache; the INSERT re-checks its version in the database. A stale entry
    // (a publish or an archive just now) is read again once, which validates against the new version.
    for (let fresh = false; saved === null; fresh = true) {
      const { problem, version } = await this.problemsCache.get(req.problem, { fresh }).catch(() => {
        throw new SubmissionException('problem_not_found', `no problem ${req.problem}`);
      });
      const allowed = allowedLanguages(problem).filter((l) => !context || context.languages.includes(l));
      if (!allowed.includes(req.language)) {
        throw new SubmissionException('language_not_allowed', `${req.language} is not available for ${problem.slug}`, {
          allowed,
        });
      }
      if (customInputs && problem.type === 'sql') this.checkCustomSqlCases(customInputs);
      else if (customInputs) this.checkCustomCases(customInputs, signatureDto(version.callable));
      const testsTotal = customInputs
        ? customInputs.length
        : req.mode === 'run'
          ? version.sampleCount
          : version.sampleCount + version.hiddenCount;
      const cap = this.config.get('MAX_QUEUED_PER_USER');
      const [row] = await this.dataSource.query<{ current: boolean; free: boolean; id: string | null }[]>(CREATE_SQL, [
        caller.userId,
        problem.id,
        version.id,
        version.version,
        req.language,
        req.mode,
        req.source,
        customInputs ? JSON.stringify(customInputs) : null,
        testsTotal,
        context?.interviewSessionId ?? null,
        context?.automatic ?? false,
        context?.automatic ? null : cap,
        QUEUED_CAP_WINDOW_MINUTES,
      ]);
      if (!row.free) {
        throw new SubmissionException(
          'too_many_queued',
          `at most ${cap} submissions may wait at once; try again when one finishes`,
          { cap },
          5,
        );
      }
      if (row.id !== null) saved = { id: row.id };
      else if (fresh)
        throw new SubmissionException('problem_not_found', `${req.problem} changed while submitting; try again`);
    }
    try {
      await this.queue.enqueueJudge(saved.id, priority);
    } catch (err) {
      // Never leave a row that no worker will ever take.
      this.logger.error({ submissionId: saved.id, err }, 'enqueue failed');
      await this.submissions.update(saved.id, {
        status: 'finished',
        verdict: 'internal_error',
        finishedAt: new Date(),
      });
      throw new SubmissionException(
        'queue_unavailable',
        'the judge queue is unavailable; try again shortly',
        undefined,
        5,
      );
    }
    return { id: saved.id };
  }

  /** `customInputs`, or the one `customInput` as a list; null when the run uses the samples. */
  private customCases(req: CreateSubmissionRequest): string[] | null {
    if (req.customInput !== undefined && req.customInputs !== undefined)
      throw new SubmissionException('validation_failed', 'send customInputs or customInput, not both');
    const cases = req.customInputs ?? (req.customInput !== undefined ? [req.customInput] : null);
    if (cases === null) return null;
    if (req.mode !== 'run')
      throw new SubmissionException('validation_failed', 'custom input is only allowed with mode "run"');
    if (cases.length === 0 || cases.length > CUSTOM_CASES_MAX)
      throw new SubmissionException(
        'validation_failed',
        `customInputs must hold 1 to ${CUSTOM_CASES_MAX} cases; got ${cases.length}`,
      );
    // The web makes the same check before sending, with the same words.
    const tooLarge = customInputsSizeError(cases);
    if (tooLarge) throw new SubmissionException('custom_input_too_large', tooLarge.message);
    return cases;
  }

  /** Each case must fit the signature, or the harness would fail on it: say which and how. */
  /** SQL custom input is a data script the runner loads as the owner: INSERT ... VALUES with literals only. */
  private checkCustomSqlCases(cases: string[]): void {
    for (let i = 0; i < cases.length; i++) {
      const error = checkCustomSqlDataScript(cases[i]);
      if (error) {
        const prefix = cases.length > 1 ? `case ${i + 1}: ` : '';
        throw new SubmissionException(
          'custom_input_invalid',
          `${prefix}a SQL custom input is a data script of INSERT INTO ... VALUES statements: ${error}`,
          { case: i + 1 },
        );
      }
    }
  }

  private checkCustomCases(cases: string[], signature: SignatureDto | null): void {
    for (let i = 0; i < cases.length; i++) {
      const error = validateCustomInput(signature, cases[i]);
      if (error) {
        const prefix = cases.length > 1 ? `case ${i + 1}: ` : '';
        throw new SubmissionException('custom_input_invalid', `${prefix}${error}`, { case: i + 1 });
      }
    }
  }

  checkSource(source: string): void {
    if (source.trim().length === 0) throw new SubmissionException('source_empty', 'source is empty');
    const max = this.config.get('SUBMISSION_MAX_SOURCE_BYTES');
    const bytes = Buffer.byteLength(source, 'utf8');
    if (bytes > max)
      throw new SubmissionException('source_too_large', `source is ${bytes} bytes; the limit is ${max}`, {
        limit: max,
        bytes,
      });
  }

  /** Own submissions only (admins: any). Someone else's is "not found", so ids leak nothing. */
  async findVisible(caller: Caller, id: string): Promise<SubmissionEntity> {
    if (!UUID.test(id)) throw new SubmissionException('submission_not_found', 'no such submission');
    const submission = await this.submissions.findOneBy({ id });
    if (!submission || (submission.userId !== caller.userId && caller.role !== 'admin')) {
      throw new SubmissionException('submission_not_found', 'no such submission');
    }
    return submission;
  }

  /** While it is judged, the tests done so far come from its live progress (Redis); then from Postgres. */
  async get(caller: Caller, id: string): Promise<SubmissionDto> {
    const submission = await this.findVisible(caller, id);
    const [problem, version, results] = await Promise.all([
      this.dataSource
        .getRepository(ProblemEntity)
        .findOneOrFail({ where: { id: submission.problemId }, select: ['slug', 'title'] }),
      this.dataSource
        .getRepository(ProblemVersionEntity)
        .findOneOrFail({ where: { id: submission.problemVersionId }, select: ['id', 'sampleCount'] }),
      submission.status === 'finished'
        ? this.results.find({ where: { submissionId: id }, order: { index: 'ASC' } })
        : this.liveRows(submission),
    ]);
    return submissionDto(submission, problem, results, {
      exact: caller.role === 'admin',
      sampleCount: version.sampleCount,
    });
  }

  /** The tests of a submission being judged, from its live progress; `s` takes its count. */
  private async liveRows(s: SubmissionEntity): Promise<SubmissionTestResultEntity[]> {
    const progress = await this.readProgress(s.id);
    if (!progress) return [];
    s.testsDone = progress.done;
    s.testsTotal = Math.max(s.testsTotal, progress.total);
    return progress.rows.map((r) => ({ ...r, submissionId: s.id }));
  }

  /** Live progress is a view: Redis unreachable shows none rather than failing the read. */
  private readProgress(id: string) {
    return this.progress.read<Omit<SubmissionTestResultEntity, 'submissionId'>>(id).catch((err: unknown) => {
      this.logger.warn({ submissionId: id, err }, 'live progress unreadable');
      return null;
    });
  }

  /** Tests done of the unfinished ones among `rows` from their live progress (one round trip). */
  async withLiveCounts<T extends { id: string; status: string; testsDone: number; testsTotal: number }>(
    rows: T[],
  ): Promise<T[]> {
    const ids = rows.filter((r) => r.status !== 'finished').map((r) => r.id);
    if (ids.length === 0) return rows;
    const counts = await this.progress.counts(ids).catch((err: unknown) => {
      this.logger.warn({ err }, 'live progress unreadable');
      return new Map<string, { done: number; total: number }>();
    });
    for (const r of rows) {
      const c = counts.get(r.id);
      if (c) Object.assign(r, { testsDone: c.done, testsTotal: Math.max(r.testsTotal, c.total) });
    }
    return rows;
  }

  /** The caller's own, newest first, optionally for one problem. */
  async list(caller: Caller, opts: { problem?: string; limit?: number }): Promise<SubmissionSummaryDto[]> {
    let problemId: string | undefined;
    if (opts.problem) problemId = (await this.problems.findBySlug(opts.problem)).id;
    const rows = await this.submissions.find({
      // Interview submissions belong to their session, not to the practice history.
      where: { userId: caller.userId, interviewSessionId: IsNull(), ...(problemId ? { problemId } : {}) },
      order: { createdAt: 'DESC' },
      take: Math.min(Math.max(opts.limit ?? 50, 1), 100),
      select: [
        'id',
        'problemId',
        'language',
        'mode',
        'status',
        'verdict',
        'cpuMs',
        'memoryKb',
        'testsDone',
        'testsTotal',
        'createdAt',
        'finishedAt',
      ],
    });
    const ids = [...new Set(rows.map((r) => r.problemId))];
    const problems = ids.length
      ? await this.dataSource
          .getRepository(ProblemEntity)
          .find({ where: { id: In(ids) }, select: ['id', 'slug', 'title'] })
      : [];
    const byId = new Map(problems.map((p) => [p.id, p]));
    await this.withLiveCounts(rows);
    return rows.map((r) => summaryDto(r, byId.get(r.problemId) ?? { slug: '', title: '' }, caller.role === 'admin'));
  }

  /**
   * Where an accepted submit's runtime stands among the accepted submits of its problem and
   * language: the runtimes counted per figure in SQL, then ranked mid-rank (ties count half) and
   * bucketed (runtime-distribution.util).
   */
  async runtimeDistribution(caller: Caller, id: string, bucketCount = 10): Promise<RuntimeDistributionDto> {
    const s = await this.findVisible(caller, id);
    if (s.mode !== 'submit' || s.verdict !== 'accepted' || s.cpuMs === null)
      throw new SubmissionException('validation_failed', 'a runtime distribution exists only for an accepted submit');
    // Candidates get every runtime rounded as everywhere else (each is a maximum over hidden tests):
    // their own, and the others' the steps and counts are built from, so no bound gives one away.
    const rounded = caller.role !== 'admin';
    const shown = rounded ? roundUp125 : (ms: number) => ms;
    const cpuMs = shown(s.cpuMs);
    const rows = await this.dataSource.query<{ cpu_ms: number; count: string }[]>(
      `SELECT cpu_ms, count(*) AS count FROM submissions
        WHERE problem_id = $1 AND language = $2 AND mode = 'submit' AND verdict = 'accepted' AND cpu_ms IS NOT NULL
        GROUP BY cpu_ms`,
      [s.problemId, s.language],
    );
    const values = rows.map((r) => ({ ms: shown(Number(r.cpu_ms)), count: Number(r.count) }));
    return {
      language: s.language,
      total: values.reduce((n, v) => n + v.count, 0),
      cpuMs,
      beatsPercent: beatsPercent(values, cpuMs),
      rounded,
      buckets: rounded ? stepBuckets(values) : rangeBuckets(values, bucketCount),
    };
  }

  /**
   * Current state as an event (SSE's first message), with exact figures: the relay shapes it for
   * its reader (viewEvent). While judged, it is the live progress record, which each progress event
   * changes in the same Redis script that publishes it, so the snapshot and the stream agree.
   * Mid-run, a candidate's count covers only the visible tests done: the full count, read at the
   * right moments, would time the hidden tests.
   */
  async currentEvent(id: string, exact: boolean): Promise<SubmissionEvent> {
    const s = await this.submissions.findOneOrFail({ where: { id }, select: SNAPSHOT_COLUMNS });
    if (s.status === 'finished' || s.status === 'queued') return snapshotEvent(s);
    const progress = await this.readProgress(id);
    if (!progress) return snapshotEvent(s);
    if (progress.status === 'compiling') return { type: 'status', submissionId: id, status: 'compiling' };
    const done = exact ? progress.done : progress.rows.filter((r) => !r.hidden).length;
    return { type: 'running', submissionId: id, done, total: progress.total };
  }

  /** The verdict events of those of `ids` that are finished, in one query (the SSE relay's re-check). */
  async finishedEvents(ids: string[]): Promise<SubmissionEvent[]> {
    if (ids.length === 0) return [];
    const rows = await this.submissions.find({
      where: { id: In(ids), status: 'finished' },
      select: SNAPSHOT_COLUMNS,
    });
    return rows.map(snapshotEvent);
  }
}
