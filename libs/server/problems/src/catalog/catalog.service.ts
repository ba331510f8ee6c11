import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  CuratedListDetailDto,
  CuratedListDto,
  ProblemDetailDto,
  ProblemListQuery,
  ProblemListResponse,
  ProblemSummaryDto,
  RandomProblemQuery,
  SimilarProblemsDto,
  TagDto,
} from '@tryout/contracts';
import { languageLimits } from '@tryout/judge';
import { DataSource, IsNull } from 'typeorm';
import { allowedLanguages, signatureDto } from '../problems/problem-mapping.util';
import { ProblemTestEntity } from '../problems/problem-test.entity';
import { ProblemEntity } from '../problems/problem.entity';
import { ProblemException } from '../problems/problem.exception';
import { ProblemsService } from '../problems/problems.service';
import { CatalogInvalidationService } from './catalog-invalidation.service';
import { CuratedListItemEntity } from '../lists/curated-list-item.entity';
import { CuratedListEntity } from '../lists/curated-list.entity';
import {
  acceptanceRate,
  pickRandom,
  queryCatalog,
  toSummary,
  type CatalogEntry,
  type CatalogScope,
  type UserProblemStatus,
} from './catalog-query.util';
import { similarProblems } from './similar-problems.util';

/** Acceptance figures may lag this much; imports invalidate at once. */
export const CATALOG_TTL_MS = 5_000;

interface Cached<T> {
  value: T;
  loadedAt: number;
}

interface CachedList {
  slug: string;
  title: string;
  description: string;
  /** Problem ids in the list's order. */
  problemIds: string[];
}

interface Snapshot {
  entries: CatalogEntry[];
  tags: TagDto[];
  /** By title. */
  lists: CachedList[];
}

/** A signed-in caller's own state; absent for anonymous callers. */
export interface CallerState {
  status: Map<string, UserProblemStatus>;
  favourites: Set<string>;
}

/**
 * The catalog's read path, served from memory: the whole list (small: problems are authored, not
 * user-generated) and each problem's public detail. Stale entries are served while a reload runs in
 * the background; an import drops everything on every replica (CatalogInvalidationService).
 */
@Injectable()
export class CatalogService implements OnModuleInit {
  private snapshot?: Cached<Snapshot>;
  private snapshotLoad?: Promise<Snapshot>;
  private readonly details = new Map<string, Cached<ProblemDetailDto>>();
  private readonly detailLoads = new Map<string, Promise<ProblemDetailDto>>();
  /** Bumped on invalidation so loads that started before it are not cached. */
  private generation = 0;
  /** Serialised anonymous responses of the current snapshot, by query: the hot path skips filter, sort and stringify. */
  private readonly jsonCache = new Map<string, { snapshot: Snapshot; json: string }>();
  private readonly detailJson = new WeakMap<ProblemDetailDto, string>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly problems: ProblemsService,
    private readonly invalidation: CatalogInvalidationService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.invalidation.onInvalidate(() => this.invalidate());
  }

  invalidate(): void {
    this.generation++;
    this.snapshot = undefined;
    this.snapshotLoad = undefined;
    this.details.clear();
    this.detailLoads.clear();
    this.jsonCache.clear();
  }

  /** The anonymous list as JSON text, memoised per snapshot (full-text queries are not memoised). */
  async listJson(query: ProblemListQuery): Promise<string> {
    if (query.q?.trim()) return JSON.stringify(await this.list(query));
    const snapshot = await this.getSnapshot();
    const key = JSON.stringify([
      query.difficulty,
      query.type,
      query.tags,
      query.status,
      query.list,
      query.favourites,
      query.sort,
      query.order,
      query.page,
      query.pageSize,
    ]);
    const hit = this.jsonCache.get(key);
    if (hit && hit.snapshot === snapshot) return hit.json;
    const json = JSON.stringify(
      queryCatalog(snapshot.entries, query, undefined, undefined, this.scope(snapshot, query)),
    );
    if (this.jsonCache.size >= 500) this.jsonCache.clear();
    this.jsonCache.set(key, { snapshot, json });
    return json;
  }

  /** The anonymous detail as JSON text, serialised once per cached detail. */
  async detailJsonText(slug: string): Promise<string> {
    const dto = await this.getDetail(slug);
    let json = this.detailJson.get(dto);
    if (!json) {
      json = JSON.stringify(dto);
      this.detailJson.set(dto, json);
    }
    return json;
  }

  async list(query: ProblemListQuery, caller?: CallerState): Promise<ProblemListResponse> {
    const snapshot = await this.getSnapshot();
    const q = query.q?.trim();
    const scope = this.scope(snapshot, query, caller);
    const ranks = q ? await this.search(q) : undefined;
    return queryCatalog(snapshot.entries, query, ranks, caller?.status, scope);
  }

  /**
   * A random problem matching the filters (unsolved ones first for a signed-in caller); null when
   * none matches, an ordinary outcome of narrow filters rather than an error.
   */
  async random(query: RandomProblemQuery, caller?: CallerState): Promise<ProblemSummaryDto | null> {
    const snapshot = await this.getSnapshot();
    const q = query.q?.trim();
    const scope = this.scope(snapshot, query, caller);
    const ranks = q ? await this.search(q) : undefined;
    return pickRandom(snapshot.entries, query, ranks, caller?.status, scope) ?? null;
  }

  /** Curated lists with their sizes, and the caller's solved count when signed in. */
  async lists(caller?: CallerState): Promise<CuratedListDto[]> {
    const { lists } = await this.getSnapshot();
    return lists.map((l) => this.listDto(l, caller));
  }

  async listDetail(slug: string, caller?: CallerState): Promise<CuratedListDetailDto> {
    const snapshot = await this.getSnapshot();
    const list = snapshot.lists.find((l) => l.slug === slug);
    if (!list) throw new ProblemException('list_not_found', `no list ${slug}`);
    const byId = new Map(snapshot.entries.map((e) => [e.id, e]));
    return {
      ...this.listDto(list, caller),
      problems: list.problemIds.flatMap((id) => {
        const entry = byId.get(id);
        return entry ? [toSummary(entry, caller?.status, caller?.favourites)] : [];
      }),
    };
  }

  private listDto(list: CachedList, caller?: CallerState): CuratedListDto {
    const base = {
      slug: list.slug,
      title: list.title,
      description: list.description,
      problemCount: list.problemIds.length,
    };
    if (!caller) return base;
    return { ...base, solvedCount: list.problemIds.filter((id) => caller.status.get(id)?.solved).length };
  }

  private scope(snapshot: Snapshot, query: RandomProblemQuery, caller?: CallerState): CatalogScope {
    let listOrder: Map<string, number> | undefined;
    if (query.list) {
      const list = snapshot.lists.find((l) => l.slug === query.list);
      if (!list) throw new ProblemException('list_not_found', `no list ${query.list}`);
      listOrder = new Map(list.problemIds.map((id, i) => [id, i]));
    }
    return { listOrder, favourites: caller?.favourites };
  }

  /** Problems sharing the most tags with this one (from the cached snapshot). */
  async similar(slug: string): Promise<SimilarProblemsDto> {
    const { entries } = await this.getSnapshot();
    const target = entries.find((e) => e.slug === slug);
    if (!target) throw new ProblemException('problem_not_found', `no problem ${slug}`);
    return { items: similarProblems(entries, target) };
  }

  async tags(): Promise<TagDto[]> {
    return (await this.getSnapshot()).tags;
  }

  /** Ids of the problems the catalog lists: what "k of n problems" counts (the profile's total). */
  async listedProblemIds(): Promise<Set<string>> {
    return new Set((await this.getSnapshot()).entries.map((e) => e.id));
  }

  /** The public detail; admins also get hidden tests, reference solutions and the editorial. */
  async detail(slug: string, opts: { admin?: boolean; status?: UserProblemStatus } = {}): Promise<ProblemDetailDto> {
    const base = await this.getDetail(slug);
    const withStatus: ProblemDetailDto = opts.status
      ? { ...base, solved: opts.status.solved, attempted: opts.status.attempted }
      : base;
    if (!opts.admin) return withStatus;
    const problem = await this.problems.findBySlug(slug);
    const version = await this.problems.currentVersion(problem);
    const hidden = await this.dataSource
      .getRepository(ProblemTestEntity)
      .find({ where: { versionId: version.id, hidden: true }, order: { index: 'ASC' } });
    return {
      ...withStatus,
      hiddenTests: hidden.map((t) => ({ name: t.name, input: t.input, output: t.answer })),
      referenceSolutions: problem.referenceSolutions.map((s) => ({
        language: s.language,
        expected: s.expected.join(','),
        fileName: s.path,
        source: s.source,
      })),
      editorial: problem.editorial,
    };
  }

  /**
   * Full-text matches, ranked; a title typed whole (or its start) comes first, as a user who types
   * "Two Sum" expects, however often other statements say "two" and "sum".
   */
  private async search(q: string): Promise<Map<string, number>> {
    const rows = await this.dataSource.query<{ id: string; rank: number }[]>(
      `SELECT id, ts_rank(search_vector, query)
              + CASE WHEN lower(title) = lower($1) THEN 100 WHEN starts_with(lower(title), lower($1)) THEN 10 ELSE 0 END
              AS rank
         FROM problems, websearch_to_tsquery('english', $1) AS query
        WHERE search_vector @@ query AND archived_at IS NULL`,
      [q.slice(0, 200)],
    );
    return new Map(rows.map((r) => [r.id, Number(r.rank)]));
  }

  private async getSnapshot(): Promise<Snapshot> {
    const cached = this.snapshot;
    if (cached) {
      if (Date.now() - cached.loadedAt > CATALOG_TTL_MS) this.refreshSnapshot().catch(() => undefined);
      return cached.value;
    }
    return this.refreshSnapshot();
  }

  private refreshSnapshot(): Promise<Snapshot> {
    if (this.snapshotLoad) return this.snapshotLoad;
    const generation = this.generation;
    const load = this.loadSnapshot()
      .then((value) => {
        if (generation === this.generation) this.snapshot = { value, loadedAt: Date.now() };
        return value;
      })
      .finally(() => {
        if (this.snapshotLoad === load) this.snapshotLoad = undefined;
      });
    this.snapshotLoad = load;
    return load;
  }

  private async loadSnapshot(): Promise<Snapshot> {
    // Archived problems leave the public catalog; never-published drafts are not in `problems` at all.
    const rows = await this.dataSource.getRepository(ProblemEntity).find({
      where: { archivedAt: IsNull() },
      select: [
        'id',
        'number',
        'slug',
        'title',
        'difficulty',
        'type',
        'tags',
        'submitCount',
        'acceptedCount',
        'createdAt',
      ],
    });
    const entries: CatalogEntry[] = rows.map((p) => ({
      id: p.id,
      number: p.number,
      slug: p.slug,
      title: p.title,
      difficulty: p.difficulty,
      type: p.type,
      tags: p.tags,
      acceptanceRate: acceptanceRate(p.submitCount, p.acceptedCount),
      createdAt: p.createdAt.getTime(),
    }));
    const counts = new Map<string, number>();
    for (const e of entries) for (const t of e.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
    const tags = [...counts]
      .map(([tag, count]) => ({ tag, count }))
      .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
    const listRows = await this.dataSource.getRepository(CuratedListEntity).find({ order: { title: 'ASC' } });
    const items = await this.dataSource.getRepository(CuratedListItemEntity).find({ order: { position: 'ASC' } });
    const lists = listRows.map((l) => ({
      slug: l.slug,
      title: l.title,
      description: l.description,
      problemIds: items.filter((i) => i.listId === l.id).map((i) => i.problemId),
    }));
    return { entries, tags, lists };
  }

  private async getDetail(slug: string): Promise<ProblemDetailDto> {
    const cached = this.details.get(slug);
    if (cached) {
      if (Date.now() - cached.loadedAt > CATALOG_TTL_MS) this.refreshDetail(slug).catch(() => undefined);
      return cached.value;
    }
    return this.refreshDetail(slug);
  }

  private refreshDetail(slug: string): Promise<ProblemDetailDto> {
    const inflight = this.detailLoads.get(slug);
    if (inflight) return inflight;
    const generation = this.generation;
    const load = this.loadDetail(slug)
      .then((value) => {
        if (generation === this.generation) this.details.set(slug, { value, loadedAt: Date.now() });
        return value;
      })
      .finally(() => {
        if (this.detailLoads.get(slug) === load) this.detailLoads.delete(slug);
      });
    this.detailLoads.set(slug, load);
    return load;
  }

  private async loadDetail(slug: string): Promise<ProblemDetailDto> {
    // Slugs are validated by the route, but never cache a miss: a flood of bad slugs must not grow memory.
    const problem = await this.dataSource.getRepository(ProblemEntity).findOneBy({ slug, archivedAt: IsNull() });
    if (!problem) throw new ProblemException('problem_not_found', `no problem ${slug}`);
    const version = await this.problems.currentVersion(problem);
    const samples = await this.problems.versionTests(version.id, 'samples');
    const languages = allowedLanguages(problem);
    return {
      id: problem.id,
      number: problem.number,
      slug: problem.slug,
      title: problem.title,
      difficulty: problem.difficulty,
      type: problem.type,
      tags: problem.tags,
      acceptanceRate: acceptanceRate(problem.submitCount, problem.acceptedCount),
      version: version.version,
      statement: problem.statement,
      source: problem.source,
      limits: {
        timeLimitMs: version.limits.timeLimitMs,
        memoryMb: version.limits.memoryMb,
        outputMb: version.limits.outputMb,
      },
      languageLimits: Object.fromEntries(languages.map((l) => [l, languageLimits(version.limits, l)])),
      samples: samples.map((t) => ({ name: t.name, input: t.input, output: t.answer })),
      languages,
      starterCode: Object.fromEntries(
        Object.entries(problem.starters).filter(([lang]) => (languages as string[]).includes(lang)),
      ),
      signature: signatureDto(problem.callable),
      ...(problem.sql ? { sql: problem.sql } : {}),
      hiddenTestCount: version.hiddenCount,
      stats: { submissions: problem.submitCount, accepted: problem.acceptedCount },
    };
  }
}
