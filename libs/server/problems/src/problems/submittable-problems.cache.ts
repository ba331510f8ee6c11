import { Injectable, Logger } from '@nestjs/common';
import { CatalogInvalidationService } from '../catalog/catalog-invalidation.service';
import type { ProblemVersionEntity } from './problem-version.entity';
import type { ProblemEntity } from './problem.entity';
import { ProblemsService } from './problems.service';

/** What creating a submission reads of a problem: its languages and its current version's counts. */
export interface SubmittableProblem {
  problem: Pick<ProblemEntity, 'id' | 'slug' | 'type' | 'sql' | 'currentVersion'>;
  version: Pick<ProblemVersionEntity, 'id' | 'version' | 'callable' | 'sampleCount' | 'hiddenCount'>;
}

/** Longest an entry is used when an invalidation message was lost. */
export const SUBMITTABLE_TTL_MS = 5_000;

/**
 * Published problems and their current version, by slug, for submission creation (two queries per
 * request otherwise). A version row never changes; the problem's current version and archived state
 * do, and the creating INSERT re-checks both in the database (SubmissionsService.create), so a stale
 * entry costs a reload, never a submission on the wrong version. Imports, publishes and archiving
 * drop every entry (CatalogInvalidationService); misses are never cached.
 */
@Injectable()
export class SubmittableProblemsCache {
  private readonly logger = new Logger(SubmittableProblemsCache.name);
  private readonly entries = new Map<string, { value: SubmittableProblem; loadedAt: number }>();
  /** Bumped on invalidation, so a load that started before it is not cached. */
  private generation = 0;
  private subscribed?: Promise<void>;

  constructor(
    private readonly problems: ProblemsService,
    private readonly invalidation: CatalogInvalidationService,
  ) {}

  /** `fresh`: skip the entry (the database said it is stale). Throws problem_not_found. */
  async get(slug: string, opts: { fresh?: boolean } = {}): Promise<SubmittableProblem> {
    await this.subscribe();
    const hit = this.entries.get(slug);
    if (hit && !opts.fresh && Date.now() - hit.loadedAt <= SUBMITTABLE_TTL_MS) return hit.value;
    const generation = this.generation;
    const problem = await this.problems.findBySlug(slug);
    const version = await this.problems.currentVersion(problem);
    const value: SubmittableProblem = {
      problem: {
        id: problem.id,
        slug: problem.slug,
        type: problem.type,
        sql: problem.sql,
        currentVersion: problem.currentVersion,
      },
      version: {
        id: version.id,
        version: version.version,
        callable: version.callable,
        sampleCount: version.sampleCount,
        hiddenCount: version.hiddenCount,
      },
    };
    if (generation === this.generation) this.entries.set(slug, { value, loadedAt: Date.now() });
    return value;
  }

  invalidate(): void {
    this.generation++;
    this.entries.clear();
  }

  /** Lazily, so processes that never create submissions (CLI) open no subscriber connection. */
  private subscribe(): Promise<void> {
    this.subscribed ??= this.invalidation
      .onInvalidate(() => this.invalidate())
      .catch((err: unknown) => {
        // The TTL still bounds staleness; the INSERT's own check keeps creation correct.
        this.logger.warn({ err }, 'catalog invalidation channel unavailable');
      });
    return this.subscribed;
  }
}
