import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DraftContentDto, ProblemDraftDto, PackageFileErrorDto } from '@tryout/contracts';
import {
  ProblemPackageException,
  expectedVerdictsForDirectory,
  loadProblemPackageWithIssues,
  problemPackageFiles,
  type ProblemPackage,
} from '@tryout/judge';
import { AuditService, type AuditActor } from '@tryout/server-audit';
import { ProblemEntity, ProblemTestEntity, ProblemVersionEntity, toProblemTest } from '@tryout/server-problems';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { DataSource } from 'typeorm';
import { AuthoringException } from '../authoring.exception';
import { callableToDto, checkDraftContent, draftTestName, type DraftTestLike } from '../drafts/draft-package.mapper';
import { ProblemDraftsService } from '../drafts/drafts.service';
import { ProblemDraftEntity } from '../drafts/problem-draft.entity';

/** Largest total of uncompressed files in an uploaded package (a zip bomb stops here). */
export const PACKAGE_UNZIPPED_MAX_BYTES = 512 * 1024 * 1024;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Fixed entry times: the same version downloads as the same bytes. */
const ZIP_MTIME = new Date('2026-01-01T00:00:00Z');

/** `data/secret/3.in has no .ans file` → that file; otherwise the package as a whole. */
function fileOf(message: string): string {
  const m =
    /^(?:[^:\s]*\/)?((?:problem\.yaml|data|submissions|statement|solution|output_validators?|starters)[^\s:]*)[:\s]/.exec(
      message,
    );
  return m ? m[1] : '.';
}

function issueDetails(messages: string[]): PackageFileErrorDto[] {
  const byFile = new Map<string, string[]>();
  for (const message of messages) {
    const file = fileOf(message);
    byFile.set(file, [...(byFile.get(file) ?? []), message]);
  }
  return [...byFile].map(([field, errors]) => ({ field, errors }));
}

function slugify(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 100) || 'problem'
  );
}

/** A loaded package as draft content (our folder conventions: expected verdicts follow the folder). */
export function draftContentFromPackage(pkg: ProblemPackage): { content: DraftContentDto; tests: DraftTestLike[] } {
  return {
    content: {
      slug: pkg.slug,
      title: pkg.name,
      type: pkg.type,
      difficulty: pkg.difficulty,
      tags: pkg.tags,
      source: pkg.source ?? null,
      statement: pkg.statement.body,
      editorial: pkg.solution ?? null,
      hints: pkg.hints ?? [],
      limits: {
        timeLimitMs: pkg.limits.timeLimitSource === 'explicit' ? pkg.limits.timeLimitMs : null,
        memoryMb: pkg.limits.memoryMb,
        outputMb: pkg.limits.outputMb,
        timeMultiplier: pkg.limits.timeMultiplier,
        timeSafetyMargin: pkg.limits.timeSafetyMargin,
      },
      checking: { kind: pkg.validation.kind, flags: pkg.validation.flags },
      callable: callableToDto(pkg.callable),
      starters: pkg.starters,
      solutions: pkg.submissions.map((s) => ({
        path: s.path,
        language: s.language,
        expected: expectedVerdictsForDirectory(s.path.split('/')[0], 'tryout') ?? s.expected,
        source: s.source,
      })),
      validator: pkg.validator ?? null,
    },
    tests: pkg.tests.map((t) => ({
      name: draftTestName(t.name),
      hidden: t.group !== 'sample',
      input: t.input,
      answer: t.answer,
      validatorFlags: t.validatorFlags ?? null,
    })),
  };
}

/** Package zips: upload one as a draft (the importer's loader and checks), download a version as one. */
@Injectable()
export class PackagesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly drafts: ProblemDraftsService,
    private readonly audit: AuditService,
  ) {}

  async upload(actor: AuditActor, zip: Buffer): Promise<ProblemDraftDto> {
    const pkg = await this.loadZip(zip);
    const { content, tests } = draftContentFromPackage(pkg);
    // The loader accepts more than the editor (e.g. larger limits); a draft the editor refuses could never be saved.
    const details = checkDraftContent(content);
    if (details.length)
      throw new AuthoringException(
        'package_invalid',
        'the package has fields the problem editor does not accept',
        details,
      );
    const draftId = await this.dataSource.transaction(async (m) => {
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`problem:${pkg.uuid}`]);
      if (await m.findOneBy(ProblemDraftEntity, { problemId: pkg.uuid }))
        throw new AuthoringException(
          'draft_exists',
          'this problem already has an open draft: publish or discard it first',
        );
      const taken = await m.query<{ id: string }[]>(
        `SELECT id FROM problems WHERE slug = $1 UNION ALL SELECT problem_id FROM problem_drafts WHERE slug = $1`,
        [pkg.slug],
      );
      if (taken.some((r) => r.id !== pkg.uuid))
        throw new AuthoringException('slug_taken', `slug ${pkg.slug} belongs to another problem`);
      const problem = await m.findOneBy(ProblemEntity, { id: pkg.uuid });
      const draft = await this.drafts.insertDraft(m, actor, pkg.uuid, problem?.currentVersion ?? null, content, tests);
      await this.audit.record(
        {
          actor,
          action: 'problem.package_uploaded',
          target: { type: 'problem', id: pkg.uuid, label: pkg.slug },
          details: { draftId: draft.id, tests: tests.length, solutions: content.solutions.length },
        },
        m,
      );
      return draft.id;
    });
    return this.drafts.get(draftId);
  }

  /** Unpacks into a temporary folder and reads it exactly as `tryout import` reads a folder. */
  private async loadZip(zip: Buffer): Promise<ProblemPackage> {
    let entries: Record<string, Uint8Array>;
    let total = 0;
    try {
      entries = unzipSync(new Uint8Array(zip.buffer, zip.byteOffset, zip.byteLength), {
        filter: (f) => {
          total += f.originalSize;
          if (total > PACKAGE_UNZIPPED_MAX_BYTES) throw new Error('unzipped size over the limit');
          return !f.name.endsWith('/');
        },
      });
    } catch (err) {
      throw new AuthoringException('package_invalid', 'not a readable zip file (or larger than 512 MiB unzipped)', [
        { field: '.', errors: [(err as Error).message] },
      ]);
    }
    const names = Object.keys(entries).filter((n) => !n.startsWith('__MACOSX/'));
    const bad = names.filter((n) => n.startsWith('/') || n.split('/').some((p) => p === '..') || n.includes('\\'));
    if (bad.length)
      throw new AuthoringException(
        'package_invalid',
        'unsafe paths in the zip',
        issueDetails(bad.map((b) => `${b}: unsafe path`)),
      );
    // Files at the root, or all in one top folder (its name is the slug, as a folder's is for import).
    const tops = new Set(names.map((n) => (n.includes('/') ? n.split('/')[0] : '')));
    const wrapped = tops.size === 1 && !tops.has('') && !names.includes('problem.yaml');
    const top = wrapped ? [...tops][0] : '';
    const relative = (n: string) => (wrapped ? n.slice(top.length + 1) : n);
    let slug = wrapped ? top : '';
    if (!SLUG.test(slug)) {
      const yaml = entries[wrapped ? `${top}/problem.yaml` : 'problem.yaml'];
      const name = yaml
        ? /^name:\s*(.+)$/m.exec(Buffer.from(yaml).toString('utf8'))?.[1]?.replace(/^['"]|['"]$/g, '')
        : undefined;
      slug = slugify(name ?? (slug || 'problem'));
    }
    const root = await mkdtemp(join(tmpdir(), 'tryout-package-'));
    try {
      const dir = join(root, slug);
      for (const n of names) {
        const path = join(dir, relative(n));
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, entries[n]);
      }
      let loaded;
      try {
        loaded = await loadProblemPackageWithIssues(dir);
      } catch (err) {
        if (err instanceof ProblemPackageException)
          throw new AuthoringException(
            'package_invalid',
            'the package cannot be imported',
            issueDetails([err.message.replace(`${dir}: `, '').replace(`${dir}/`, '')]),
          );
        throw err;
      }
      const errors = loaded.issues.filter((i) => i.level === 'error').map((i) => i.message);
      if (errors.length)
        throw new AuthoringException('package_invalid', 'the package has errors', issueDetails(errors));
      return loaded.pkg;
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }

  /** A version as a zip (top folder = slug). Presentation and solutions are the problem's current ones. */
  async download(problemId: string, version: number): Promise<{ fileName: string; zip: Buffer }> {
    const m = this.dataSource.manager;
    const problem = await m.findOneBy(ProblemEntity, { id: problemId });
    if (!problem) throw new AuthoringException('problem_not_found', `no problem ${problemId}`);
    const v = await m.findOneBy(ProblemVersionEntity, { problemId, version });
    if (!v) throw new AuthoringException('version_not_found', `problem ${problem.slug} has no version ${version}`);
    const tests = await m.find(ProblemTestEntity, { where: { versionId: v.id }, order: { index: 'ASC' } });
    const pkg: ProblemPackage & { number: number } = {
      uuid: problem.id,
      slug: problem.slug,
      number: problem.number,
      name: problem.title,
      type: v.type,
      difficulty: problem.difficulty,
      tags: problem.tags,
      ...(problem.source ? { source: problem.source } : {}),
      format: 'tryout',
      statement: { format: problem.statementFormat, language: 'en', body: problem.statement },
      ...(problem.editorial ? { solution: problem.editorial } : {}),
      hints: problem.hints,
      limits: v.limits,
      validation: v.validation,
      ...(v.callable ? { callable: v.callable } : {}),
      tests: tests.map(toProblemTest),
      ...(v.validator ? { validator: v.validator } : {}),
      submissions: problem.referenceSolutions.map((s) => ({ ...s, useForTimeLimit: false })),
      starters: problem.starters,
    };
    let files: Map<string, string>;
    try {
      files = problemPackageFiles(pkg);
    } catch (err) {
      throw new AuthoringException('validation_failed', (err as Error).message);
    }
    const tree: Zippable = {};
    for (const [path, text] of files)
      tree[`${problem.slug}/${path}`] = [Buffer.from(text, 'utf8'), { mtime: ZIP_MTIME }];
    return { fileName: `${problem.slug}-v${version}.zip`, zip: Buffer.from(zipSync(tree, { level: 6 })) };
  }
}
