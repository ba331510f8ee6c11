import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DRAFT_TEST_INLINE_MAX_BYTES,
  type AuthoringProblemDetailDto,
  type AuthoringProblemListQuery,
  type AuthoringProblemListResponse,
  type AuthoringProblemSummaryDto,
  type CreateDraftRequest,
  type CreateDraftTestRequest,
  type DraftChangesDto,
  type DraftContentDto,
  type ProblemDraftDto,
  type DraftTestDto,
  type PublishResultDto,
  type UpdateDraftRequest,
  type UpdateDraftTestRequest,
  type ValidationState,
} from '@tryout/contracts';
import type { ProblemPackage } from '@tryout/judge';
import { AuditService, type AuditActor } from '@tryout/server-audit';
import {
  CatalogInvalidationService,
  ProblemEntity,
  ProblemTestEntity,
  ProblemVersionEntity,
  ProblemsService,
  judgeableHash,
  stableStringify,
} from '@tryout/server-problems';
import { DataSource, type EntityManager } from 'typeorm';
import { AuthoringException } from '../authoring.exception';
import { ProblemValidationEntity } from '../validation/problem-validation.entity';
import {
  checkDraftContent,
  draftContentFromProblem,
  draftContentHash,
  draftTestsFromVersion,
  draftToPackage,
  emptyDraftContent,
  isValidTestName,
  orderedTests,
  renumberedNames,
  type DraftTestLike,
} from './draft-package.mapper';
import { ProblemDraftTestEntity } from './problem-draft-test.entity';
import { ProblemDraftEntity } from './problem-draft.entity';

const TEST_INSERT_CHUNK = 50;

interface TestRowMeta {
  id: string;
  position: number;
  name: string;
  hidden: boolean;
  validator_flags: string[] | null;
  input_bytes: number;
  answer_bytes: number;
  input: string | null;
  answer: string | null;
}

/** Validation state of a draft from its latest validation. */
export function validationState(
  draft: Pick<ProblemDraftEntity, 'contentHash'>,
  v: ProblemValidationEntity | null,
): ValidationState {
  if (!v || v.status === 'superseded') return 'none';
  if (v.status === 'queued' || v.status === 'running') return v.status;
  if (v.contentHash !== draft.contentHash) return 'stale';
  return v.status;
}

/**
 * Drafts of problems: create, open from a published version, edit (content and tests), discard,
 * publish. Every change writes an audit entry in its own transaction and recomputes the content
 * hash a validation is bound to.
 */
@Injectable()
export class ProblemDraftsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly problems: ProblemsService,
    private readonly invalidation: CatalogInvalidationService,
    private readonly audit: AuditService,
  ) {}

  // ─── list and detail ───────────────────────────────────────────────────────

  async list(
    query: AuthoringProblemListQuery & { page: number; pageSize: number; ids?: string[] },
  ): Promise<AuthoringProblemListResponse> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (query.ids) {
      params.push(query.ids);
      where.push(`x.id = ANY($${params.length}::uuid[])`);
    }
    if (query.q) {
      params.push(`%${query.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(`(lower(x.title) LIKE $${params.length} ESCAPE '\\' OR x.slug LIKE $${params.length} ESCAPE '\\')`);
    }
    if (query.status) {
      params.push(query.status);
      where.push(`x.status = $${params.length}`);
    }
    const base = `
      WITH x AS (
        SELECT coalesce(p.id, d.problem_id) AS id, p.number,
               coalesce(d.content->>'slug', p.slug) AS slug,
               coalesce(d.content->>'title', p.title) AS title,
               coalesce(d.content->>'difficulty', p.difficulty) AS difficulty,
               coalesce(d.content->>'type', p.type) AS type,
               CASE WHEN p.id IS NULL THEN 'draft' WHEN p.archived_at IS NOT NULL THEN 'archived' ELSE 'published' END AS status,
               CASE WHEN p.id IS NULL THEN NULL ELSE p.current_version END AS current_version,
               d.id AS draft_id, d.content_hash,
               v.status AS v_status, v.content_hash AS v_hash,
               CASE WHEN d.id IS NOT NULL AND (p.id IS NULL OR d.updated_at >= p.updated_at) THEN d.last_editor_id ELSE p.last_editor_id END AS editor_id,
               CASE WHEN d.id IS NOT NULL AND (p.id IS NULL OR d.updated_at >= p.updated_at) THEN d.last_editor_label ELSE p.last_editor_label END AS editor_label,
               greatest(p.updated_at, d.updated_at) AS updated_at
        FROM problems p
        FULL OUTER JOIN problem_drafts d ON d.problem_id = p.id
        LEFT JOIN LATERAL (
          SELECT status, content_hash FROM problem_validations WHERE draft_id = d.id ORDER BY created_at DESC LIMIT 1
        ) v ON true
      )
      SELECT * FROM x ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM (${base}) c`,
      params,
    );
    const rows = await this.dataSource.query<Record<string, unknown>[]>(
      `${base} ORDER BY x.number NULLS FIRST, x.slug LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
      params,
    );
    return { items: rows.map(toSummary), page: query.page, pageSize: query.pageSize, total };
  }

  async detail(problemId: string): Promise<AuthoringProblemDetailDto> {
    const page = await this.dataSource.query<Record<string, unknown>[]>(
      `SELECT 1 FROM problems WHERE id = $1 UNION ALL SELECT 1 FROM problem_drafts WHERE problem_id = $1`,
      [problemId],
    );
    if (!page.length) throw new AuthoringException('problem_not_found', `no problem ${problemId}`);
    const summary = (await this.summaries([problemId]))[0];
    const versions = await this.dataSource.query<Record<string, unknown>[]>(
      `SELECT v.version, v.content_hash, v.created_at, v.sample_count, v.hidden_count, (v.limits->>'timeLimitMs')::int AS time_limit_ms,
              (SELECT count(*)::int FROM submissions s WHERE s.problem_version_id = v.id) AS submission_count
       FROM problem_versions v WHERE v.problem_id = $1 ORDER BY v.version DESC`,
      [problemId],
    );
    return {
      ...summary,
      versions: versions.map((v) => ({
        version: v.version as number,
        contentHash: (v.content_hash as string).trim(),
        createdAt: (v.created_at as Date).toISOString(),
        sampleCount: v.sample_count as number,
        hiddenCount: v.hidden_count as number,
        timeLimitMs: v.time_limit_ms as number,
        submissionCount: v.submission_count as number,
      })),
    };
  }

  private async summaries(ids: string[]): Promise<AuthoringProblemSummaryDto[]> {
    return (await this.list({ page: 1, pageSize: ids.length, ids })).items;
  }

  async setArchived(actor: AuditActor, problemId: string, archived: boolean): Promise<AuthoringProblemSummaryDto> {
    await this.dataSource.transaction(async (m) => {
      const problem = await m.findOne(ProblemEntity, { where: { id: problemId }, lock: { mode: 'pessimistic_write' } });
      if (!problem) {
        const draft = await m.findOneBy(ProblemDraftEntity, { problemId });
        if (draft) throw new AuthoringException('problem_not_published', 'a never-published draft cannot be archived');
        throw new AuthoringException('problem_not_found', `no problem ${problemId}`);
      }
      if ((problem.archivedAt !== null) === archived) return;
      await m.update(ProblemEntity, problemId, {
        archivedAt: archived ? new Date() : null,
        lastEditorId: actor.id,
        lastEditorLabel: actor.label,
      });
      await this.audit.record(
        {
          actor,
          action: archived ? 'problem.archived' : 'problem.unarchived',
          target: { type: 'problem', id: problemId, label: problem.slug },
        },
        m,
      );
    });
    await this.invalidation.publish();
    return (await this.summaries([problemId]))[0];
  }

  // ─── drafts ────────────────────────────────────────────────────────────────

  async create(actor: AuditActor, req: CreateDraftRequest): Promise<ProblemDraftDto> {
    const content = emptyDraftContent(req.slug, req.title, req.type);
    const details = checkDraftContent(content).filter((d) => d.field === 'slug' || d.field === 'title');
    if (details.length) throw new AuthoringException('validation_failed', 'the draft has invalid fields', details);
    const id = await this.dataSource.transaction(async (m) => {
      await this.assertSlugFree(m, req.slug, null);
      const problemId = randomUUID();
      const draft = await this.insertDraft(m, actor, problemId, null, content, []);
      await this.audit.record(
        { actor, action: 'problem.created', target: { type: 'problem', id: problemId, label: req.slug } },
        m,
      );
      return draft.id;
    });
    return this.get(id);
  }

  /** The open draft of a published problem, created from its current version when there is none. */
  async open(actor: AuditActor, problemId: string): Promise<ProblemDraftDto> {
    const existing = await this.dataSource.getRepository(ProblemDraftEntity).findOneBy({ problemId });
    if (existing) return this.get(existing.id);
    const id = await this.dataSource.transaction(async (m) => {
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`problem:${problemId}`]);
      const again = await m.findOneBy(ProblemDraftEntity, { problemId });
      if (again) return again.id;
      const problem = await m.findOneBy(ProblemEntity, { id: problemId });
      if (!problem) throw new AuthoringException('problem_not_found', `no problem ${problemId}`);
      const version = await m.findOneBy(ProblemVersionEntity, { problemId, version: problem.currentVersion });
      if (!version) throw new AuthoringException('problem_not_found', `problem ${problemId} has no current version`);
      const rows = await m.find(ProblemTestEntity, { where: { versionId: version.id }, order: { index: 'ASC' } });
      const draft = await this.insertDraft(
        m,
        actor,
        problemId,
        version.version,
        draftContentFromProblem(problem, version),
        draftTestsFromVersion(rows),
      );
      return draft.id;
    });
    return this.get(id);
  }

  /** Inserts a draft with its tests (a problem's, or an uploaded package's). */
  async insertDraft(
    m: EntityManager,
    actor: AuditActor,
    problemId: string,
    baseVersion: number | null,
    content: DraftContentDto,
    tests: DraftTestLike[],
  ): Promise<ProblemDraftEntity> {
    const draft = await m.save(
      m.create(ProblemDraftEntity, {
        problemId,
        slug: content.slug,
        baseVersion,
        content,
        contentHash: draftContentHash(draftToPackage(problemId, content, tests)),
        lastEditorId: actor.id,
        lastEditorLabel: actor.label,
      }),
    );
    const rows = tests.map((t, position) => ({ draftId: draft.id, position, ...t }));
    for (let i = 0; i < rows.length; i += TEST_INSERT_CHUNK)
      await m.insert(ProblemDraftTestEntity, rows.slice(i, i + TEST_INSERT_CHUNK));
    return draft;
  }

  async get(draftId: string): Promise<ProblemDraftDto> {
    const draft = await this.findDraft(this.dataSource.manager, draftId);
    const tests = await this.testMetas(draftId);
    const validation = await this.latestValidation(draftId);
    return {
      id: draft.id,
      problemId: draft.problemId,
      baseVersion: draft.baseVersion,
      contentHash: draft.contentHash.trim(),
      content: draft.content,
      tests: orderedTests(tests).map(toTestDto),
      validation: validationState(draft, validation),
      lastEditor: { id: draft.lastEditorId, label: draft.lastEditorLabel },
      createdAt: draft.createdAt.toISOString(),
      updatedAt: draft.updatedAt.toISOString(),
    };
  }

  async update(actor: AuditActor, draftId: string, patch: UpdateDraftRequest): Promise<ProblemDraftDto> {
    await this.change(actor, draftId, async (m, draft) => {
      const content: DraftContentDto = { ...draft.content, ...patch };
      if (content.type === 'stdio' && patch.type === 'stdio' && patch.callable === undefined) content.callable = null;
      const details = checkDraftContent(content);
      if (details.length) throw new AuthoringException('validation_failed', 'the draft has invalid fields', details);
      // A client may send fields it holds unchanged (e.g. restored after a refused save): only the
      // ones whose value differs are changes, for the audit entry as for the draft.
      const fields = changedFields(draft.content, content);
      if (!fields.length) return [];
      if (content.slug !== draft.slug) await this.assertSlugFree(m, content.slug, draft.problemId);
      await m.update(ProblemDraftEntity, draft.id, { content, slug: content.slug });
      return fields;
    });
    return this.get(draftId);
  }

  async discard(actor: AuditActor, draftId: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const draft = await this.findDraft(m, draftId, true);
      await m.delete(ProblemDraftEntity, draft.id);
      await this.audit.record(
        {
          actor,
          action: 'problem.draft_discarded',
          target: { type: 'problem', id: draft.problemId, label: draft.slug },
        },
        m,
      );
    });
  }

  // ─── tests ─────────────────────────────────────────────────────────────────

  async addTest(actor: AuditActor, draftId: string, req: CreateDraftTestRequest): Promise<DraftTestDto> {
    let id = '';
    await this.change(actor, draftId, async (m, draft) => {
      const existing = await m.find(ProblemDraftTestEntity, {
        where: { draftId },
        select: ['name', 'position', 'hidden'],
      });
      const taken = new Set(existing.filter((t) => t.hidden === req.hidden).map((t) => t.name));
      let name = req.name;
      if (name === undefined) {
        let n = existing.filter((t) => t.hidden === req.hidden).length + 1;
        while (taken.has(String(n).padStart(2, '0'))) n++;
        name = String(n).padStart(2, '0');
      }
      this.assertTestName(name, taken);
      const position = Math.max(-1, ...existing.map((t) => t.position)) + 1;
      const row = await m.save(
        m.create(ProblemDraftTestEntity, {
          draftId: draft.id,
          position,
          name,
          hidden: req.hidden,
          input: req.input,
          answer: req.answer,
          validatorFlags: req.validatorFlags ?? null,
        }),
      );
      id = row.id;
    });
    return this.getTest(draftId, id);
  }

  async updateTest(
    actor: AuditActor,
    draftId: string,
    testId: string,
    req: UpdateDraftTestRequest,
  ): Promise<DraftTestDto> {
    await this.change(actor, draftId, async (m) => {
      const test = await this.findTest(m, draftId, testId);
      const hidden = req.hidden ?? test.hidden;
      if (req.name !== undefined || req.hidden !== undefined) {
        const others = await m.find(ProblemDraftTestEntity, { where: { draftId, hidden }, select: ['id', 'name'] });
        this.assertTestName(req.name ?? test.name, new Set(others.filter((o) => o.id !== testId).map((o) => o.name)));
      }
      await m.update(ProblemDraftTestEntity, testId, {
        ...(req.name !== undefined ? { name: req.name } : {}),
        ...(req.hidden !== undefined ? { hidden: req.hidden } : {}),
        ...(req.input !== undefined ? { input: req.input } : {}),
        ...(req.answer !== undefined ? { answer: req.answer } : {}),
        ...(req.validatorFlags !== undefined ? { validatorFlags: req.validatorFlags } : {}),
      });
    });
    return this.getTest(draftId, testId);
  }

  /** One file of a test from the streamed upload route (already read and checked as UTF-8). */
  async setTestFile(
    actor: AuditActor,
    draftId: string,
    testId: string,
    part: 'input' | 'answer',
    text: string,
  ): Promise<DraftTestDto> {
    await this.change(actor, draftId, async (m) => {
      await this.findTest(m, draftId, testId);
      await m.update(ProblemDraftTestEntity, testId, { [part]: text });
    });
    return this.getTest(draftId, testId);
  }

  async testFile(draftId: string, testId: string, part: 'input' | 'answer'): Promise<string> {
    await this.findDraft(this.dataSource.manager, draftId);
    const test = await this.findTest(this.dataSource.manager, draftId, testId);
    return test[part];
  }

  async deleteTest(actor: AuditActor, draftId: string, testId: string): Promise<void> {
    await this.change(actor, draftId, async (m) => {
      await this.findTest(m, draftId, testId);
      await m.delete(ProblemDraftTestEntity, testId);
    });
  }

  /**
   * Tests judge in the package order of their names (as `tryout import` reads a folder), so the
   * wanted order is kept by renumbering names within each group (`renumberedNames`).
   */
  async reorderTests(actor: AuditActor, draftId: string, testIds: string[]): Promise<DraftTestDto[]> {
    await this.change(actor, draftId, async (m) => {
      const existing = await m.find(ProblemDraftTestEntity, { where: { draftId }, select: ['id', 'name', 'hidden'] });
      const byId = new Map(existing.map((t) => [t.id, t]));
      if (
        testIds.length !== byId.size ||
        new Set(testIds).size !== testIds.length ||
        testIds.some((id) => !byId.has(id))
      )
        throw new AuthoringException('validation_failed', 'testIds must list every test of the draft once', [
          { field: 'testIds', errors: ['every test of the draft, once each'] },
        ]);
      const ordered = testIds.map((id) => byId.get(id) as ProblemDraftTestEntity);
      if (ordered.some((t) => t.name.includes('/')))
        throw new AuthoringException('validation_failed', 'tests in nested groups keep their folder order', [
          { field: 'testIds', errors: ['only drafts with flat test names can be reordered'] },
        ]);
      for (const hidden of [false, true]) {
        const group = ordered.filter((t) => t.hidden === hidden);
        const names = renumberedNames(group.map((t) => t.name));
        for (let i = 0; i < group.length; i++)
          await m.update(ProblemDraftTestEntity, group[i].id, { name: names[i], position: i });
      }
    });
    return (await this.get(draftId)).tests;
  }

  private async getTest(draftId: string, testId: string): Promise<DraftTestDto> {
    const tests = orderedTests(await this.testMetas(draftId)).map(toTestDto);
    const test = tests.find((t) => t.id === testId);
    if (!test) throw new AuthoringException('test_not_found', `no test ${testId}`);
    return test;
  }

  private assertTestName(name: string, taken: Set<string>): void {
    if (!isValidTestName(name))
      throw new AuthoringException('validation_failed', 'bad test name', [
        { field: 'name', errors: ['letters, digits, - and _, segments separated by /'] },
      ]);
    if (taken.has(name))
      throw new AuthoringException('validation_failed', 'duplicate test name', [
        { field: 'name', errors: ['already used in this group'] },
      ]);
  }

  // ─── publish ───────────────────────────────────────────────────────────────

  /** The draft as a package, tests included, with the limit a validation derived (if any). */
  async draftPackage(
    m: EntityManager,
    draft: ProblemDraftEntity,
    derivedTimeLimitMs?: number,
  ): Promise<ProblemPackage> {
    const tests = await m.find(ProblemDraftTestEntity, { where: { draftId: draft.id }, order: { position: 'ASC' } });
    return draftToPackage(draft.problemId, draft.content, tests, derivedTimeLimitMs);
  }

  async changes(draftId: string): Promise<DraftChangesDto> {
    const m = this.dataSource.manager;
    const draft = await this.findDraft(m, draftId);
    const pkg = await this.draftPackage(m, draft);
    const problem = await m.findOneBy(ProblemEntity, { id: draft.problemId });
    if (!problem)
      return {
        baseVersion: null,
        newVersion: true,
        fields: [],
        tests: pkg.tests.map((t) => ({ name: t.name, change: 'added' as const })),
      };
    const version = await this.problems.currentVersion(problem);
    const before = draftContentFromProblem(problem, version);
    // Key order and absent-vs-null differ between a stored draft and one built from a version.
    const fields = changedFields(before, draft.content).map((field) => ({ field }));
    const oldTests = await m.find(ProblemTestEntity, { where: { versionId: version.id }, order: { index: 'ASC' } });
    const oldByName = new Map(oldTests.map((t) => [t.name, t]));
    const newNames = new Set(pkg.tests.map((t) => t.name));
    const tests: DraftChangesDto['tests'] = [];
    for (const t of pkg.tests) {
      const old = oldByName.get(t.name);
      if (!old) tests.push({ name: t.name, change: 'added' });
      else if (old.input !== t.input || old.answer !== t.answer) {
        const small =
          Buffer.byteLength(old.answer) <= DRAFT_TEST_INLINE_MAX_BYTES &&
          Buffer.byteLength(t.answer) <= DRAFT_TEST_INLINE_MAX_BYTES;
        tests.push({
          name: t.name,
          change: 'changed',
          inputChanged: old.input !== t.input,
          answerChanged: old.answer !== t.answer,
          ...(small && old.answer !== t.answer ? { answerBefore: old.answer, answerAfter: t.answer } : {}),
        });
      }
    }
    for (const t of oldTests) if (!newNames.has(t.name)) tests.push({ name: t.name, change: 'removed' });
    // A derived limit is judged again by Validate; compare with the version's derived value then.
    const derived = version.limits.timeLimitSource === 'derived' ? version.limits.timeLimitMs : undefined;
    const withLimit =
      draft.content.limits.timeLimitMs === null && derived !== undefined
        ? await this.draftPackage(m, draft, derived)
        : pkg;
    return {
      baseVersion: version.version,
      newVersion: judgeableHash(withLimit) !== version.contentHash.trim(),
      fields,
      tests,
    };
  }

  /**
   * Publishes the draft when its latest validation passed on its current content: the importer's
   * upsert (a new version only when judging changed), the editor, the audit entry and the draft's
   * removal in one transaction.
   */
  async publish(actor: AuditActor, draftId: string): Promise<PublishResultDto> {
    const result = await this.dataSource.transaction(async (m) => {
      const draft = await this.findDraft(m, draftId, true);
      const validation = await m.findOne(ProblemValidationEntity, { where: { draftId }, order: { createdAt: 'DESC' } });
      const pkg0 = await this.draftPackage(m, draft);
      const hash = draftContentHash(pkg0);
      if (!validation || validation.status !== 'passed' || validation.contentHash.trim() !== hash)
        throw new AuthoringException(
          'validation_required',
          'publish needs a validation that passed on the draft as it is now: run Validate',
        );
      const derived =
        validation.timeLimitSource === 'derived' && validation.timeLimitMs !== null
          ? validation.timeLimitMs
          : undefined;
      const pkg = derived !== undefined ? await this.draftPackage(m, draft, derived) : pkg0;
      await this.assertSlugFree(m, draft.slug, draft.problemId);
      const r = await this.problems.upsertPackage(m, pkg);
      await m.update(ProblemEntity, draft.problemId, { lastEditorId: actor.id, lastEditorLabel: actor.label });
      await m.delete(ProblemDraftEntity, draft.id);
      await this.audit.record(
        {
          actor,
          action: 'problem.published',
          target: { type: 'problem', id: draft.problemId, label: draft.slug },
          details: { version: r.version, newVersion: r.newVersion, contentHash: hash },
        },
        m,
      );
      return { problemId: r.problemId, slug: r.slug, number: r.number, version: r.version, newVersion: r.newVersion };
    });
    await this.invalidation.publish();
    return result;
  }

  // ─── helpers ───────────────────────────────────────────────────────────────

  async findDraft(m: EntityManager, draftId: string, lock = false): Promise<ProblemDraftEntity> {
    const draft = await m.findOne(ProblemDraftEntity, {
      where: { id: draftId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!draft) throw new AuthoringException('problem_draft_not_found', `no draft ${draftId}`);
    return draft;
  }

  async latestValidation(draftId: string): Promise<ProblemValidationEntity | null> {
    return this.dataSource
      .getRepository(ProblemValidationEntity)
      .findOne({ where: { draftId }, order: { createdAt: 'DESC' } });
  }

  /**
   * One edit: locks the draft, applies `fn`, recomputes the content hash, records the editor and an
   * audit entry (`fields` says what changed), all in one transaction. `fn` returns the fields it
   * changed (`tests` when it returns nothing); none changed leaves the draft and the log as they were.
   */
  private async change(
    actor: AuditActor,
    draftId: string,
    fn: (m: EntityManager, draft: ProblemDraftEntity) => Promise<string[] | void>,
  ): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const draft = await this.findDraft(m, draftId, true);
      const fields = (await fn(m, draft)) ?? ['tests'];
      if (!fields.length) return;
      const fresh = await this.findDraft(m, draftId);
      const hash = draftContentHash(await this.draftPackage(m, fresh));
      await m.update(ProblemDraftEntity, draftId, {
        contentHash: hash,
        lastEditorId: actor.id,
        lastEditorLabel: actor.label,
        updatedAt: new Date(),
      });
      await this.audit.record(
        {
          actor,
          action: 'problem.changed',
          target: { type: 'problem', id: draft.problemId, label: fresh.slug },
          details: { draftId, fields },
        },
        m,
      );
    });
  }

  private async findTest(m: EntityManager, draftId: string, testId: string): Promise<ProblemDraftTestEntity> {
    const test = await m.findOneBy(ProblemDraftTestEntity, { id: testId, draftId });
    if (!test) throw new AuthoringException('test_not_found', `no test ${testId}`);
    return test;
  }

  private async testMetas(draftId: string): Promise<TestRowMeta[]> {
    return this.dataSource.query<TestRowMeta[]>(
      `SELECT id, position, name, hidden, validator_flags,
              octet_length(input) AS input_bytes, octet_length(answer) AS answer_bytes,
              CASE WHEN octet_length(input) <= $2 THEN input END AS input,
              CASE WHEN octet_length(answer) <= $2 THEN answer END AS answer
       FROM problem_draft_tests WHERE draft_id = $1 ORDER BY position`,
      [draftId, DRAFT_TEST_INLINE_MAX_BYTES],
    );
  }

  /** A slug belongs to one problem: no other problem and no other problem's draft may have it. */
  private async assertSlugFree(m: EntityManager, slug: string, problemId: string | null): Promise<void> {
    const rows = await m.query<{ id: string }[]>(
      `SELECT id FROM problems WHERE slug = $1 UNION ALL SELECT problem_id FROM problem_drafts WHERE slug = $1`,
      [slug],
    );
    if (rows.some((r) => r.id !== problemId))
      throw new AuthoringException('slug_taken', `slug ${slug} belongs to another problem`);
  }
}

/** The content fields whose value differs (key order and absent-vs-null aside), in content order. */
export function changedFields(before: DraftContentDto, after: DraftContentDto): (keyof DraftContentDto)[] {
  const keys = new Set([...Object.keys(after), ...Object.keys(before)] as (keyof DraftContentDto)[]);
  return [...keys].filter((f) => stableStringify(before[f] ?? null) !== stableStringify(after[f] ?? null));
}

function toTestDto(t: TestRowMeta, index: number): DraftTestDto {
  return {
    id: t.id,
    index,
    name: t.name,
    hidden: t.hidden,
    inputBytes: Number(t.input_bytes),
    answerBytes: Number(t.answer_bytes),
    input: t.input,
    answer: t.answer,
    validatorFlags: t.validator_flags,
  };
}

function toSummary(r: Record<string, unknown>): AuthoringProblemSummaryDto {
  const validation: ValidationState = !r.draft_id
    ? 'none'
    : validationState(
        { contentHash: r.content_hash as string },
        r.v_status ? ({ status: r.v_status, contentHash: r.v_hash } as ProblemValidationEntity) : null,
      );
  return {
    id: r.id as string,
    number: (r.number as number | null) ?? null,
    slug: r.slug as string,
    title: r.title as string,
    difficulty: r.difficulty as AuthoringProblemSummaryDto['difficulty'],
    type: r.type as AuthoringProblemSummaryDto['type'],
    status: r.status as AuthoringProblemSummaryDto['status'],
    currentVersion: (r.current_version as number | null) ?? null,
    draftId: (r.draft_id as string | null) ?? null,
    validation,
    lastEditor: r.editor_label ? { id: (r.editor_id as string | null) ?? null, label: r.editor_label as string } : null,
    updatedAt: (r.updated_at as Date).toISOString(),
  };
}
