import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { JudgeJobData, ProblemType, RejudgeJobData, TestResultDto, ValidateJobData } from '@tryout/contracts';
import { JudgeJobName } from '@tryout/contracts';
import {
  compactJsonText,
  judgeSubmission,
  type JudgeEvent,
  type JudgeTestResult,
  type ReferenceAnswer,
  referenceAnswers,
} from '@tryout/judge';
import type { SandboxDriver } from '@tryout/sandbox';
import { judgeDuration, verdicts } from '@tryout/server-common';
import { ConfigService } from '@tryout/server-config';
import { JudgeQueueService } from '@tryout/server-queue';
import { RejudgeService, ValidationService } from '@tryout/server-authoring';
import { ProblemsService } from '@tryout/server-problems';
import { JudgingService, SubmissionException } from '@tryout/server-submissions';
import { DelayedError, UnrecoverableError, type Job } from 'bullmq';
import type Dockerode from 'dockerode';
import type { DataSource } from 'typeorm';
import { DOCKER, SANDBOX_DRIVER } from './sandbox.provider';

/** Thrown to make BullMQ retry with backoff: the failure was ours, not the candidate's. */
export class RetryableJudgeError extends Error {}

/**
 * How long a job that is not its user's turn waits before it looks again. It is usually promoted
 * sooner: the job before it promotes its user's next one when it finishes.
 */
export const USER_TURN_RETRY_MS = 2000;

/**
 * How long a job whose judge failed on an unreachable Docker engine or database waits before it
 * tries again. Such waits use no attempt: a restart would otherwise spend a job's attempts in seconds.
 */
export const OUTAGE_RETRY_MS = 3000;
/** A ping slower than this counts as unreachable. */
const PING_TIMEOUT_MS = 3000;

/**
 * A judged test as stored and shown. Visible tests carry the program's output: for function and
 * design problems `actual` is the returned value and `stdout` the prints beside it; for sql problems
 * `actual` is the result set (JSON) and a wrong answer's `sqlDiff`; for stdio problems the output
 * is the stdout, kept once as `actual`. Hidden tests carry none of it.
 */
export function toTestResultDto(
  t: JudgeTestResult,
  visible: boolean,
  problemType: ProblemType | boolean = 'stdio',
): TestResultDto {
  // `true`/`false`: the older "function problem?" flag.
  const type = problemType === true ? 'function' : problemType === false ? 'stdio' : problemType;
  const output =
    type === 'function'
      ? { ...(t.actual !== undefined ? { actual: t.actual } : {}), stdout: t.stdout }
      : type === 'sql'
        ? { ...(t.actual !== undefined ? { actual: t.actual } : {}), ...(t.sqlDiff ? { sqlDiff: t.sqlDiff } : {}) }
        : { actual: t.stdout };
  return {
    index: t.index,
    name: t.name,
    hidden: !visible,
    verdict: t.verdict,
    cpuMs: t.cpuMs,
    wallMs: t.wallMs,
    memoryKb: t.memoryKb,
    exitCode: t.exitCode,
    signal: t.signal,
    ...(visible ? { ...output, stderr: t.stderr, message: t.message } : {}),
  };
}

/** How a judged test becomes what readers see: visibility, its data, and custom-case answers. */
interface TestView {
  isVisible: (name: string) => boolean;
  inputs: Map<string, { input: string; answer: string }>;
  /**
   * A Run on custom cases: the reference solution's answer per test index (shown as expected), or
   * why there is none; absent when no reference ran.
   */
  custom?: { answers?: ReferenceAnswer[] };
  problemType: ProblemType;
}

/**
 * One judge job: load the submission, judge it in the sandbox, record per-test results and the
 * verdict. Candidate faults are results; our faults (internal_error, infrastructure) throw so
 * BullMQ retries with backoff, and only the last attempt records internal_error.
 */
@Injectable()
export class JudgeJobProcessor {
  private readonly logger = new Logger(JudgeJobProcessor.name);

  constructor(
    private readonly judging: JudgingService,
    private readonly queue: JudgeQueueService,
    private readonly validation: ValidationService,
    private readonly rejudges: RejudgeService,
    private readonly problems: ProblemsService,
    private readonly config: ConfigService,
    @Inject(SANDBOX_DRIVER) private readonly driver: SandboxDriver,
    @Inject(DOCKER) private readonly docker: Dockerode,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async process(job: Job, token?: string): Promise<unknown> {
    if (job.name === JudgeJobName.Validate)
      return { status: await this.validation.run((job.data as ValidateJobData).validationId, this.driver) };
    if (job.name === JudgeJobName.Rejudge) return this.rejudge(job as Job<RejudgeJobData>);
    if (job.name !== JudgeJobName.Judge) throw new UnrecoverableError(`unknown job ${job.name}`);
    try {
      return await this.judge(job as Job<JudgeJobData>, token);
    } catch (err) {
      if (err instanceof DelayedError || err instanceof UnrecoverableError || err instanceof RetryableJudgeError)
        throw err;
      // The database is down (restarting): wait for it without using an attempt, within the budget.
      if (this.withinBudget(job.timestamp) && !(await this.reachable(this.dataSource.query('SELECT 1')))) {
        this.logger.warn(
          { submissionId: (job.data as JudgeJobData).submissionId },
          'database unreachable, judging later',
        );
        return this.later(job, token);
      }
      throw err;
    }
  }

  private withinBudget(since: number): boolean {
    return Date.now() - since < this.config.get('SUBMISSION_BUDGET_SECONDS') * 1000;
  }

  private async later(job: Job, token?: string): Promise<never> {
    await job.moveToDelayed(Date.now() + OUTAGE_RETRY_MS, token);
    throw new DelayedError();
  }

  private async judge(job: Job<JudgeJobData>, token?: string): Promise<unknown> {
    const { submissionId } = job.data;
    let task;
    try {
      task = await this.judging.load(submissionId);
    } catch (err) {
      if (err instanceof SubmissionException && err.code === 'submission_not_found') {
        throw new UnrecoverableError(`submission ${submissionId} no longer exists`);
      }
      throw err;
    }
    // Idempotent: a duplicate delivery of a finished submission changes nothing.
    if (task.submission.status === 'finished') return { verdict: task.submission.verdict, skipped: true };
    // One running judge per user, in creation order: the others wait delayed (no attempt used).
    if (!(await this.judging.isUsersTurn(task.submission))) {
      await job.moveToDelayed(Date.now() + USER_TURN_RETRY_MS, token);
      throw new DelayedError();
    }

    const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    const { submission, problem } = task;
    const visibleNames = new Set(problem.tests.filter((t) => t.group === 'sample').map((t) => t.name));
    const isVisible = (name: string) => submission.mode === 'run' || visibleNames.has(name);
    const tests = problem.tests;
    const problemType = problem.type;

    await this.judging.markStatus(submissionId, 'compiling');
    // Custom cases get the reference solution's answers first: shown as expected, judged against.
    const answers = task.reference
      ? await referenceAnswers({
          driver: this.driver,
          problem,
          reference: task.reference,
          inputs: tests.map((t) => t.input),
        })
      : undefined;
    const view: TestView = {
      isVisible,
      inputs: new Map(tests.map((t) => [t.name, t])),
      ...(task.customInput ? { custom: { answers } } : {}),
      problemType,
    };
    const language = submission.language;
    let phaseStart = performance.now();
    let announcedRunning = false;
    const onEvent = async (event: JudgeEvent) => {
      if (event.type === 'running') {
        if (!announcedRunning) {
          announcedRunning = true;
          // Compile phase: acquiring the container and compiling, up to the first test.
          judgeDuration.observe({ language, phase: 'compile' }, (performance.now() - phaseStart) / 1000);
          phaseStart = performance.now();
          await this.judging.markStatus(submissionId, 'running', event.total);
        }
        if (event.test) await this.judging.recordTestResult(submissionId, this.dto(event.test, view));
      }
    };
    const result = await judgeSubmission({
      driver: this.driver,
      problem,
      language: submission.language,
      source: submission.source,
      mode: submission.mode,
      ownerId: submission.userId,
      onEvent,
      ...(task.customInput
        ? {
            tests: tests.map((t, i) => {
              const reference = answers?.[i];
              return {
                name: t.name,
                group: 'custom' as const,
                input: t.input,
                ...(reference && 'answer' in reference ? { answer: reference.answer } : {}),
              };
            }),
          }
        : {}),
    });
    if (announcedRunning) judgeDuration.observe({ language, phase: 'tests' }, (performance.now() - phaseStart) / 1000);
    // The engine is down (restarting): wait for it without using an attempt, within the budget
    // after which the sweeper would end the submission anyway.
    if (
      result.verdict === 'internal_error' &&
      this.withinBudget(submission.createdAt.getTime()) &&
      !(await this.reachable(this.docker.ping()))
    ) {
      this.logger.warn({ submissionId, error: result.error ?? 'unknown' }, 'docker engine unreachable, judging later');
      return this.later(job, token);
    }
    if (result.verdict === 'internal_error' && !lastAttempt) {
      // `error` can quote the candidate's output: a field (escaped JSON), never part of the message.
      this.logger.warn({ submissionId, error: result.error ?? 'unknown' }, 'internal error, will retry');
      throw new RetryableJudgeError(result.error ?? 'internal error');
    }
    if (result.verdict === 'internal_error')
      this.logger.error({ submissionId, error: result.error ?? 'unknown' }, 'internal error after retries');
    const recorded = await this.judging.finish(submissionId, {
      verdict: result.verdict,
      cpuMs: result.cpuMs,
      memoryKb: result.memoryKb,
      compileOutput: result.compileOutput ?? null,
      tests: result.tests.map((t) => this.dto(t, view)),
    });
    if (recorded) {
      verdicts.inc({ language, mode: submission.mode, verdict: result.verdict });
      // Ids and the verdict only; the job's logger binds submissionId and requestId.
      this.logger.log({ verdict: result.verdict, language, mode: submission.mode }, 'judged');
    }
    await this.promoteNext(submission.userId);
    return { verdict: result.verdict };
  }

  /**
   * One submission of a rejudge, judged on the rejudge's version (not the one it was judged on) and
   * recorded as it would be at submit time: hidden tests without data. The submission stays finished
   * with its old result until the new one replaces it.
   */
  private async rejudge(job: Job<RejudgeJobData>): Promise<unknown> {
    const task = await this.rejudges.loadItem(job.data.rejudgeItemId);
    if (!task) return { skipped: true };
    const { submission, toVersionId } = task;
    const problem = await this.problems.loadJudgeable(toVersionId, 'all');
    const visibleNames = new Set(problem.tests.filter((t) => t.group === 'sample').map((t) => t.name));
    const view: TestView = {
      isVisible: (name) => visibleNames.has(name),
      inputs: new Map(problem.tests.map((t) => [t.name, t])),
      problemType: problem.type,
    };
    const result = await judgeSubmission({
      driver: this.driver,
      problem,
      language: submission.language,
      source: submission.source,
      mode: 'submit',
      ownerId: `rejudge:${submission.userId}`,
    });
    const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    if (result.verdict === 'internal_error' && !lastAttempt) {
      this.logger.warn(
        { submissionId: submission.id, error: result.error ?? 'unknown' },
        'rejudge: internal error, will retry',
      );
      throw new RetryableJudgeError(result.error ?? 'internal error');
    }
    if (result.verdict === 'internal_error') {
      this.logger.error(
        { submissionId: submission.id, error: result.error ?? 'unknown' },
        'rejudge: internal error after retries',
      );
      await this.rejudges.giveUp(job.data.rejudgeItemId);
      return { verdict: result.verdict, kept: true };
    }
    await this.rejudges.complete(job.data.rejudgeItemId, toVersionId, {
      verdict: result.verdict,
      cpuMs: result.cpuMs,
      memoryKb: result.memoryKb,
      compileOutput: result.compileOutput ?? null,
      testsTotal: problem.tests.length,
      tests: result.tests.map((t) => this.dto(t, view)),
    });
    return { verdict: result.verdict };
  }

  /** Whether a ping (a Docker ping, a `SELECT 1`) answers in time. */
  private async reachable(ping: Promise<unknown>): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('ping timed out')), PING_TIMEOUT_MS);
    });
    try {
      await Promise.race([ping, timeout]);
      return true;
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Wakes the user's next submission now rather than at the end of its delay. */
  private async promoteNext(userId: string): Promise<void> {
    try {
      const next = await this.judging.nextInLine(userId);
      const job = next ? await this.queue.queue.getJob(next) : undefined;
      if (job && (await job.isDelayed())) await job.promote();
    } catch (err) {
      // It still wakes at the end of its delay; a job promoted meanwhile makes promote() throw.
      this.logger.debug({ err }, 'promoting the next submission failed');
    }
  }

  private dto(t: JudgeTestResult, view: TestView): TestResultDto {
    const visible = view.isVisible(t.name);
    const dto = toTestResultDto(t, visible, view.problemType);
    if (visible) {
      const data = view.inputs.get(t.name);
      dto.input = data?.input;
      // A custom case's answer is the reference solution's, when it gave one.
      const reference = view.custom?.answers?.[t.index];
      const expected = view.custom ? (reference && 'answer' in reference ? reference.answer : undefined) : data?.answer;
      // Function answers are JSON: shown as compactly as the harness writes the returned value.
      dto.expected = expected !== undefined && view.problemType === 'function' ? compactJsonText(expected) : expected;
      if (reference && 'missing' in reference && !dto.message) dto.message = reference.missing;
    }
    return dto;
  }
}
