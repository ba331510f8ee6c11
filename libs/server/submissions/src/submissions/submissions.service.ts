import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  CUSTOM_CASES_MAX,
  CUSTOM_INPUT_MAX_BYTES,
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
import { ConfigService } from '@tryout/server-config';
import {
  ProblemEntity,
  ProblemVersionEntity,
  ProblemsService,
  allowedLanguages,
  signatureDto,
} from '@tryout/server-problems';
import { JudgeQueueService, judgePriorityOf } from '@tryout/server-queue';
import { DataSource, In, IsNull, Repository } from 'typeorm';
import { roundUp125 } from './coarse-metric.util';
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
    private readonly queue: JudgeQueueService,
    private readonly config: ConfigService,
  ) {}

  /** Validates, stores as `queued` and enqueues (job id = submission id). */
  async create(caller: Caller, req: CreateSubmissionRequest, context?: SubmissionContext): Promise<{ id: string }> {
    this.checkSource(req.source);
    const customInputs = this.customCases(req);
    const problem = await this.problems.findBySlug(req.problem).catch(() => {
      throw new SubmissionException('problem_not_found', `no problem ${req.problem}`);
    });
    const allowed = allowedLanguages(problem.type).filter((l) => !context || context.languages.includes(l));
    if (!allowed.includes(req.language)) {
      throw new SubmissionException('language_not_allowed', `${req.language} is not available for ${problem.slug}`, {
        allowed,
      });
    }
    const version = await this.problems.currentVersion(problem);
    if (customInputs) this.checkCustomCases(customInputs, signatureDto(version.callable));
    const custom = customInputs !== null;
    const testsTotal = customInputs
      ? customInputs.length
      : req.mode === 'run'
        ? version.sampleCount
        : version.sampleCount + version.hiddenCount;
    const priority = judgePriorityOf({ mode: req.mode, interviewSessionId: context?.interviewSessionId ?? null });

    const saved = await this.dataSource.transaction(async (m) => {
      // Serialise one user's creations so the queued cap cannot be raced past.
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`submit:${caller.userId}`]);
      const [{ count }] = await m.query<{ count: string }[]>(
        `SELECT count(*) FROM submissions
          WHERE user_id = $1 AND status <> 'finished' AND created_at > now() - make_interval(mins => $2)`,
        [caller.userId, QUEUED_CAP_WINDOW_MINUTES],
      );
      const cap = this.config.get('MAX_QUEUED_PER_USER');
      if (Number(count) >= cap && !context?.automatic) {
        throw new SubmissionException(
          'too_many_queued',
          `at most ${cap} submissions may wait at once; try again when one finishes`,
          { cap },
          5,
        );
      }
      return m.save(
        m.create(SubmissionEntity, {
          userId: caller.userId,
          problemId: problem.id,
          problemVersionId: version.id,
          language: req.language,
          mode: req.mode,
          source: req.source,
          customInputs: custom ? customInputs : null,
          status: 'queued',
          testsTotal,
          interviewSessionId: context?.interviewSessionId ?? null,
          automatic: context?.automatic ?? false,
        }),
      );
    });
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
    const bytes = cases.reduce((sum, c) => sum + Buffer.byteLength(c, 'utf8'), 0);
    if (bytes > CUSTOM_INPUT_MAX_BYTES) {
      throw new SubmissionException(
        'custom_input_too_large',
        `custom input is limited to ${CUSTOM_INPUT_MAX_BYTES} bytes in all; got ${bytes}`,
      );
    }
    return cases;
  }

  /** Each case must fit the signature, or the harness would fail on it: say which and how. */
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

  async get(caller: Caller, id: string): Promise<SubmissionDto> {
    const submission = await this.findVisible(caller, id);
    const [problem, version, results] = await Promise.all([
      this.dataSource
        .getRepository(ProblemEntity)
        .findOneOrFail({ where: { id: submission.problemId }, select: ['slug', 'title'] }),
      this.dataSource
        .getRepository(ProblemVersionEntity)
        .findOneOrFail({ where: { id: submission.problemVersionId }, select: ['id', 'sampleCount'] }),
      this.results.find({ where: { submissionId: id }, order: { index: 'ASC' } }),
    ]);
    return submissionDto(submission, problem, results, {
      exact: caller.role === 'admin',
      sampleCount: version.sampleCount,
    });
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
    return rows.map((r) => summaryDto(r, byId.get(r.problemId) ?? { slug: '', title: '' }, caller.role === 'admin'));
  }

  /**
   * Where an accepted submit's runtime stands among the accepted submits of its problem and
   * language: computed in SQL over the submissions table (min, max, count, slower count, then
   * equal-width buckets with width_bucket).
   */
  async runtimeDistribution(caller: Caller, id: string, bucketCount = 10): Promise<RuntimeDistributionDto> {
    const s = await this.findVisible(caller, id);
    if (s.mode !== 'submit' || s.verdict !== 'accepted' || s.cpuMs === null)
      throw new SubmissionException('validation_failed', 'a runtime distribution exists only for an accepted submit');
    // Candidates get every runtime rounded as everywhere else (each is a maximum over hidden tests):
    // their own, and the others' the ranges and counts are built from, so no bound gives one away.
    const shown = caller.role === 'admin' ? (ms: number) => ms : roundUp125;
    const cpuMs = shown(s.cpuMs);
    const rows = await this.dataSource.query<{ cpu_ms: number; count: string }[]>(
      `SELECT cpu_ms, count(*) AS count FROM submissions
        WHERE problem_id = $1 AND language = $2 AND mode = 'submit' AND verdict = 'accepted' AND cpu_ms IS NOT NULL
        GROUP BY cpu_ms`,
      [s.problemId, s.language],
    );
    const values = rows.map((r) => ({ ms: shown(Number(r.cpu_ms)), count: Number(r.count) }));
    const total = values.reduce((n, v) => n + v.count, 0);
    const slower = values.filter((v) => v.ms > cpuMs).reduce((n, v) => n + v.count, 0);
    const lo = Math.min(...values.map((v) => v.ms));
    // One past the slowest, so the slowest falls in the last bucket, not past it.
    const width = (Math.max(...values.map((v) => v.ms)) + 1 - lo) / bucketCount;
    const counts = new Array<number>(bucketCount).fill(0);
    for (const v of values) counts[Math.min(bucketCount - 1, Math.floor((v.ms - lo) / width))] += v.count;
    return {
      language: s.language,
      total,
      cpuMs,
      beatsPercent: total > 1 ? Math.round((1000 * slower) / (total - 1)) / 10 : 100,
      buckets: counts.map((count, i) => ({
        fromMs: Math.round(lo + i * width),
        toMs: Math.round(lo + (i + 1) * width),
        count,
      })),
    };
  }

  /**
   * Current state as an event (SSE's first message), with exact figures: the relay shapes it for
   * its reader (viewEvent). Mid-run, a candidate's count covers only the visible tests done: the
   * full count, read at the right moments, would time the hidden tests.
   */
  async currentEvent(id: string, exact: boolean): Promise<SubmissionEvent> {
    const s = await this.submissions.findOneOrFail({ where: { id }, select: SNAPSHOT_COLUMNS });
    const event = snapshotEvent(s);
    if (exact || event.type !== 'running') return event;
    const visible = await this.results.countBy({ submissionId: id, hidden: false });
    return { ...event, done: Math.min(event.done, visible) };
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
