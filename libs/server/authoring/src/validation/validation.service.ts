import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ValidationDto, ValidationIssueDto, ValidationSolutionDto } from '@tryout/contracts';
import { checkProblemPackage, verifyProblem, type JudgeEvent, type ProblemSubmission } from '@tryout/judge';
import type { SandboxDriver } from '@tryout/sandbox';
import { AuditService, type AuditActor } from '@tryout/server-audit';
import { JudgeQueueService } from '@tryout/server-queue';
import { DataSource, In } from 'typeorm';
import { AuthoringException } from '../authoring.exception';
import { draftContentHash } from '../drafts/draft-package.mapper';
import { ProblemDraftsService } from '../drafts/drafts.service';
import { ProblemDraftEntity } from '../drafts/problem-draft.entity';
import { ProblemValidationEntity } from './problem-validation.entity';

/** Progress writes of one run are at least this far apart (the last one always lands). */
const PROGRESS_WRITE_MS = 250;

export function toValidationDto(v: ProblemValidationEntity, draftHash: string | null): ValidationDto {
  return {
    id: v.id,
    draftId: v.draftId,
    contentHash: v.contentHash.trim(),
    current: draftHash !== null && v.contentHash.trim() === draftHash.trim(),
    status: v.status,
    timeLimitMs: v.timeLimitMs,
    timeLimitSource: v.timeLimitSource,
    solutions: v.solutions,
    issues: v.issues,
    error: v.error,
    requestedBy: { id: v.requestedById, label: v.requestedByLabel },
    createdAt: v.createdAt.toISOString(),
    startedAt: v.startedAt?.toISOString() ?? null,
    finishedAt: v.finishedAt?.toISOString() ?? null,
  };
}

/**
 * Validate: exactly `tryout verify` (package checks, then verifyProblem with its time-limit
 * derivation and safety margins) on the draft, run by the worker from the judge queue at the lowest
 * priority, with its progress stored on the validation row for polling.
 */
@Injectable()
export class ValidationService {
  private readonly logger = new Logger(ValidationService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly drafts: ProblemDraftsService,
    private readonly queue: JudgeQueueService,
    private readonly audit: AuditService,
  ) {}

  async request(actor: AuditActor, draftId: string): Promise<ValidationDto> {
    const validation = await this.dataSource.transaction(async (m) => {
      const draft = await this.drafts.findDraft(m, draftId, true);
      const pkg = await this.drafts.draftPackage(m, draft);
      // What verify would refuse before judging anything is a 400 here, with what to fix.
      const errors = checkProblemPackage(pkg).filter((i) => i.level === 'error');
      if (errors.length)
        throw new AuthoringException('validation_failed', 'the draft cannot be validated yet', [
          { field: 'draft', errors: errors.map((e) => e.message) },
        ]);
      await m.update(
        ProblemValidationEntity,
        { draftId, status: In(['queued', 'running']) },
        { status: 'superseded', finishedAt: new Date() },
      );
      const row = await m.save(
        m.create(ProblemValidationEntity, {
          draftId,
          contentHash: draftContentHash(pkg),
          status: 'queued',
          timeLimitMs: null,
          timeLimitSource: null,
          solutions: pkg.submissions.map((s) => pendingSolution(s)),
          issues: [],
          error: null,
          requestedById: actor.id,
          requestedByLabel: actor.label,
          startedAt: null,
          finishedAt: null,
        }),
      );
      await this.audit.record(
        {
          actor,
          action: 'problem.validated',
          target: { type: 'problem', id: draft.problemId, label: draft.slug },
          details: { draftId, validationId: row.id, contentHash: row.contentHash },
        },
        m,
      );
      return row;
    });
    try {
      await this.queue.enqueueValidate(validation.id);
    } catch (err) {
      this.logger.warn({ validationId: validation.id, err }, 'validate job not enqueued');
      await this.end(validation.id, { status: 'error', error: 'the judge queue was unavailable' });
      throw new AuthoringException('queue_unavailable', 'the judge queue is unavailable; try again shortly');
    }
    return toValidationDto(validation, validation.contentHash);
  }

  /** The draft's latest validation; null before the first (a draft not validated yet is no error). */
  async latest(draftId: string): Promise<ValidationDto | null> {
    const draft = await this.drafts.findDraft(this.dataSource.manager, draftId);
    const v = await this.drafts.latestValidation(draftId);
    return v ? toValidationDto(v, draft.contentHash) : null;
  }

  /** The worker's side. Never throws for the draft's faults: they end as `failed` or `error`. */
  async run(validationId: string, driver: SandboxDriver): Promise<ValidationDto['status']> {
    const repo = this.dataSource.getRepository(ProblemValidationEntity);
    const v = await repo.findOneBy({ id: validationId });
    // `running`: a worker died mid-run and BullMQ handed the stalled job on; it starts over.
    if (!v || (v.status !== 'queued' && v.status !== 'running')) return v?.status ?? 'superseded';
    const draft = await this.dataSource.manager.findOneBy(ProblemDraftEntity, { id: v.draftId });
    if (!draft) return this.end(validationId, { status: 'superseded', error: 'the draft was published or discarded' });
    const pkg = await this.drafts.draftPackage(this.dataSource.manager, draft);
    // Judged is what was read here: the result is bound to this content's hash.
    if (draftContentHash(pkg) !== v.contentHash.trim())
      return this.end(validationId, { status: 'superseded', error: 'the draft changed before judging began' });

    const solutions = new Map<string, ValidationSolutionDto>(pkg.submissions.map((s) => [s.path, pendingSolution(s)]));
    await repo.update(validationId, { status: 'running', startedAt: new Date() });
    let lastWrite = 0;
    let writing: Promise<unknown> = Promise.resolve();
    const save = (force = false) => {
      const now = Date.now();
      if (!force && now - lastWrite < PROGRESS_WRITE_MS) return writing;
      lastWrite = now;
      const snapshot = [...solutions.values()];
      writing = writing
        .then(() => repo.update({ id: validationId, status: 'running' }, { solutions: snapshot }))
        .catch((err: unknown) => {
          this.logger.warn({ validationId, err }, 'validation progress not stored');
        });
      return writing;
    };
    const onEvent = (s: ProblemSubmission, e: JudgeEvent) => {
      const row = solutions.get(s.path);
      if (!row) return;
      if (e.type === 'compiling') {
        row.status = 'running';
        row.tests = [];
      } else if (e.type === 'running' && e.test) {
        const t = e.test;
        row.tests.push({
          index: t.index,
          name: t.name,
          hidden: !t.name.startsWith('sample/'),
          verdict: t.verdict,
          cpuMs: Math.round(t.cpuMs),
          memoryKb: Math.round(t.memoryKb),
          ...(t.message ? { message: t.message.slice(0, 500) } : {}),
        });
      }
      void save();
    };
    try {
      const checks = checkProblemPackage(pkg);
      const report = await verifyProblem(
        { pkg, issues: checks, skippedSubmissions: [] },
        { driver, ownerId: `validate:${draft.problemId}`, onEvent, concurrency: 1 },
      );
      for (const r of report.rows) {
        const row = solutions.get(r.path);
        if (!row) continue;
        Object.assign(row, {
          status: 'done',
          got: r.got,
          ok: r.ok,
          slowestMs: Math.round(r.slowestMs),
          detail: r.detail?.slice(0, 2000) ?? null,
        });
      }
      await save(true);
      return this.end(validationId, {
        status: report.ok ? 'passed' : 'failed',
        solutions: [...solutions.values()],
        issues: report.issues.map((i): ValidationIssueDto => ({ level: i.level, message: i.message })),
        timeLimitMs: report.timeLimitMs,
        timeLimitSource: report.timeLimitSource,
      });
    } catch (err) {
      this.logger.error({ validationId, err }, 'validation failed to run');
      await writing;
      return this.end(validationId, {
        status: 'error',
        solutions: [...solutions.values()],
        error: (err as Error).message.slice(0, 2000),
      });
    }
  }

  private async end(
    validationId: string,
    patch: Partial<ProblemValidationEntity> & { status: ValidationDto['status'] },
  ): Promise<ValidationDto['status']> {
    // A validation superseded meanwhile keeps that state.
    await this.dataSource
      .getRepository(ProblemValidationEntity)
      .update({ id: validationId, status: In(['queued', 'running']) }, { ...patch, finishedAt: new Date() });
    return patch.status;
  }
}

function pendingSolution(s: ProblemSubmission): ValidationSolutionDto {
  return {
    path: s.path,
    language: s.language,
    expected: s.expected,
    status: 'pending',
    got: null,
    ok: null,
    slowestMs: null,
    detail: null,
    tests: [],
  };
}
