import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { unknownListProblems, type CuratedListFile } from '@tryout/judge';
import { DataSource, In, Not } from 'typeorm';
import { CatalogInvalidationService } from '../catalog/catalog-invalidation.service';
import { ProblemEntity } from '../problems/problem.entity';
import { ProblemException } from '../problems/problem.exception';
import { CuratedListItemEntity } from './curated-list-item.entity';
import { CuratedListEntity } from './curated-list.entity';

export interface ListsImportResult {
  lists: number;
  removed: number;
}

/** Writes curated lists (the read path is the catalog snapshot: CatalogService). */
@Injectable()
export class CuratedListsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly invalidation: CatalogInvalidationService,
  ) {}

  /** Slugs of every imported problem, to check list files before an import touches anything. */
  async knownSlugs(): Promise<Set<string>> {
    const rows = await this.dataSource.getRepository(ProblemEntity).find({ select: ['slug'] });
    return new Set(rows.map((r) => r.slug));
  }

  /**
   * Makes the stored lists exactly these (a catalog import): lists whose file is gone are removed.
   * A slug naming no imported problem fails the whole call, naming the file.
   */
  async replaceLists(lists: CuratedListFile[]): Promise<ListsImportResult> {
    const result = await this.dataSource.transaction(async (m) => {
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['curated-lists']);
      const slugs = [...new Set(lists.flatMap((l) => l.problems))];
      const problems = slugs.length
        ? await m.find(ProblemEntity, { select: ['id', 'slug'], where: { slug: In(slugs) } })
        : [];
      const idBySlug = new Map(problems.map((p) => [p.slug, p.id]));
      const unknown = unknownListProblems(lists, new Set(idBySlug.keys()));
      if (unknown.length) throw new ProblemException('validation_failed', unknown.join('; '));
      const removed = await m.delete(
        CuratedListEntity,
        lists.length ? { slug: Not(In(lists.map((l) => l.slug))) } : {},
      );
      for (const l of lists) {
        await m.upsert(
          CuratedListEntity,
          { slug: l.slug, title: l.title, description: l.description },
          { conflictPaths: ['slug'] },
        );
        const row = await m.findOneByOrFail(CuratedListEntity, { slug: l.slug });
        await m.delete(CuratedListItemEntity, { listId: row.id });
        await m.insert(
          CuratedListItemEntity,
          l.problems.map((slug, position) => ({ listId: row.id, position, problemId: idBySlug.get(slug)! })),
        );
      }
      return { lists: lists.length, removed: removed.affected ?? 0 };
    });
    await this.invalidation.publish();
    return result;
  }
}
