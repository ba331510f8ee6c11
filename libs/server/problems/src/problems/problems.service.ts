import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { type JudgeableProblem, type ProblemPackage, type ProblemTest, sqlProblemDto } from '@tryout/judge';
import { DataSource, EntityManager, IsNull, Repository } from 'typeorm';
import { CatalogInvalidationService } from '../catalog/catalog-invalidation.service';
import { judgeableHash, searchableText, startersFor } from './problem-mapping.util';
import { ProblemTestEntity } from './problem-test.entity';
import { ProblemVersionEntity } from './problem-version.entity';
import { ProblemEntity, type ReferenceSolution } from './problem.entity';
import { ProblemException } from './problem.exception';

export interface ImportResult {
  problemId: string;
  slug: string;
  /** The catalog number, kept from the first import. */
  number: number;
  version: number;
  /** The problem did not exist before. */
  created: boolean;
  /** Tests, limits or checking changed (or the problem is new): a version was added. */
  newVersion: boolean;
}

/** Which of a version's tests to judge. */
export type TestSelection = 'all' | 'samples';

const TEST_INSERT_CHUNK = 50;

@Injectable()
export class ProblemsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(ProblemEntity) private readonly problems: Repository<ProblemEntity>,
    @InjectRepository(ProblemVersionEntity) private readonly versions: Repository<ProblemVersionEntity>,
    @InjectRepository(ProblemTestEntity) private readonly tests: Repository<ProblemTestEntity>,
    private readonly invalidation: CatalogInvalidationService,
  ) {}

  /**
   * Upserts a package by its uuid (`tryout import`). Presentation (title, statement, tags, starters)
   * is updated in place; judgeable data gets a new version only when it changed, so submissions keep
   * pointing at the version they were judged on.
   */
  async importProblemPackage(pkg: ProblemPackage): Promise<ImportResult> {
    const result = await this.dataSource.transaction((m) => this.upsertPackage(m, pkg));
    await this.invalidation.publish();
    return result;
  }

  /**
   * importProblemPackage inside the caller's transaction (publishing a draft adds its own writes);
   * the caller publishes the catalog invalidation after the commit.
   */
  async upsertPackage(m: EntityManager, pkg: ProblemPackage): Promise<ImportResult> {
    // Two imports of one problem at once would race for the next version number.
    await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`problem:${pkg.uuid}`]);
    const slugOwner = await m.findOneBy(ProblemEntity, { slug: pkg.slug });
    if (slugOwner && slugOwner.id !== pkg.uuid) {
      throw new ProblemException('validation_failed', `slug ${pkg.slug} already belongs to problem ${slugOwner.id}`);
    }
    const existing = await m.findOneBy(ProblemEntity, { id: pkg.uuid });
    const number = existing ? existing.number : await this.nextNumber(m, pkg);
    const latest = await m.findOne(ProblemVersionEntity, {
      where: { problemId: pkg.uuid },
      order: { version: 'DESC' },
    });
    const hash = judgeableHash(pkg);
    const newVersion = !latest || latest.contentHash !== hash;
    const version = newVersion ? (latest?.version ?? 0) + 1 : latest.version;

    await m.upsert(
      ProblemEntity,
      {
        id: pkg.uuid,
        number,
        slug: pkg.slug,
        title: pkg.name,
        difficulty: pkg.difficulty,
        type: pkg.type,
        tags: [...new Set(pkg.tags)].sort(),
        source: pkg.source ?? null,
        statement: pkg.statement.body,
        statementFormat: pkg.statement.format,
        editorial: pkg.solution ?? null,
        hints: pkg.hints ?? [],
        callable: pkg.callable ?? null,
        sql: pkg.sql ? sqlProblemDto(pkg.sql, pkg.tests.find((t) => t.group === 'sample')?.input) : null,
        starters: startersFor(pkg),
        referenceSolutions: pkg.submissions.map((s) => ({
          path: s.path,
          language: s.language,
          expected: s.expected,
          source: s.source,
        })),
        currentVersion: version,
      },
      { conflictPaths: ['id'] },
    );
    await m.query(
      `UPDATE problems SET search_vector = setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', $2), 'B') WHERE id = $1`,
      [pkg.uuid, searchableText(pkg.statement.body)],
    );
    if (newVersion) await this.insertVersion(m, pkg, version, hash);
    return { problemId: pkg.uuid, slug: pkg.slug, number, version, created: !existing, newVersion };
  }

  /**
   * A new problem's number: the package's `number:` when free, else the next after the highest.
   * Problems are never deleted, so a number is never handed out twice.
   */
  private async nextNumber(m: EntityManager, pkg: ProblemPackage): Promise<number> {
    // Serialises numbering across concurrent imports of different problems.
    await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['problem-numbers']);
    if (pkg.number !== undefined) {
      const owner = await m.findOneBy(ProblemEntity, { number: pkg.number });
      if (owner)
        throw new ProblemException(
          'validation_failed',
          `${pkg.slug}: number ${pkg.number} already belongs to ${owner.slug}`,
        );
      return pkg.number;
    }
    const [{ max }] = await m.query<{ max: number | null }[]>('SELECT max(number) AS max FROM problems');
    return (max ?? 0) + 1;
  }

  /** A problem candidates can reach: archived ones answer `problem_not_found`. */
  async findBySlug(slug: string): Promise<ProblemEntity> {
    const problem = await this.problems.findOneBy({ slug, archivedAt: IsNull() });
    if (!problem) throw new ProblemException('problem_not_found', `no problem ${slug}`);
    return problem;
  }

  /** The version new submissions are judged on. */
  async currentVersion(problem: Pick<ProblemEntity, 'id' | 'currentVersion'>): Promise<ProblemVersionEntity> {
    const version = await this.versions.findOneBy({ problemId: problem.id, version: problem.currentVersion });
    if (!version)
      throw new ProblemException('problem_not_found', `problem ${problem.id} has no version ${problem.currentVersion}`);
    return version;
  }

  /** The reference solutions the problem was proven with (the current version's). */
  async referenceSolutions(problemId: string): Promise<ReferenceSolution[]> {
    const row = await this.problems.findOne({
      where: { id: problemId },
      select: { id: true, referenceSolutions: true },
    });
    return row?.referenceSolutions ?? [];
  }

  async findVersion(versionId: string): Promise<ProblemVersionEntity> {
    const version = await this.versions.findOneBy({ id: versionId });
    if (!version) throw new ProblemException('problem_not_found', `no problem version ${versionId}`);
    return version;
  }

  /** Tests of a version in judging order. */
  async versionTests(versionId: string, selection: TestSelection): Promise<ProblemTestEntity[]> {
    return this.tests.find({
      where: selection === 'samples' ? { versionId, hidden: false } : { versionId },
      order: { index: 'ASC' },
    });
  }

  /** Rebuilds what the judge needs from the rows (the worker never reads package files). */
  async loadJudgeable(versionId: string, selection: TestSelection): Promise<JudgeableProblem> {
    const version = await this.findVersion(versionId);
    const rows = await this.versionTests(versionId, selection);
    return {
      uuid: version.problemId,
      type: version.type,
      limits: version.limits,
      validation: version.validation,
      callable: version.callable ?? undefined,
      ...(version.sql ? { sql: version.sql } : {}),
      validator: version.validator ?? undefined,
      tests: rows.map(toProblemTest),
    };
  }

  private async insertVersion(m: EntityManager, pkg: ProblemPackage, version: number, hash: string): Promise<void> {
    const row = await m.save(
      m.create(ProblemVersionEntity, {
        problemId: pkg.uuid,
        version,
        contentHash: hash,
        type: pkg.type,
        limits: pkg.limits,
        validation: pkg.validation,
        callable: pkg.callable ?? null,
        sql: pkg.sql ?? null,
        validator: pkg.validator ?? null,
        sampleCount: pkg.tests.filter((t) => t.group === 'sample').length,
        hiddenCount: pkg.tests.filter((t) => t.group !== 'sample').length,
      }),
    );
    const tests = pkg.tests.map((t, index) => ({
      versionId: row.id,
      index,
      name: t.name,
      hidden: t.group !== 'sample',
      input: t.input,
      answer: t.answer,
      validatorFlags: t.validatorFlags ?? null,
    }));
    for (let i = 0; i < tests.length; i += TEST_INSERT_CHUNK) {
      await m.insert(ProblemTestEntity, tests.slice(i, i + TEST_INSERT_CHUNK));
    }
  }
}

export function toProblemTest(row: ProblemTestEntity): ProblemTest {
  return {
    name: row.name,
    group: row.hidden ? 'secret' : 'sample',
    input: row.input,
    answer: row.answer,
    ...(row.validatorFlags ? { validatorFlags: row.validatorFlags } : {}),
  };
}
