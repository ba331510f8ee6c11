import { DIFFICULTIES, SIMILAR_PROBLEMS_MAX, type SimilarProblemDto } from '@tryout/contracts';
import type { CatalogEntry } from './catalog-query.util';

/**
 * Problems like `target`: most tags in common first, then the closest difficulty, then by title.
 * Problems sharing no tag are not similar, so fewer than `limit` (or none) may come back.
 */
export function similarProblems(
  entries: CatalogEntry[],
  target: CatalogEntry,
  limit = SIMILAR_PROBLEMS_MAX,
): SimilarProblemDto[] {
  const tags = new Set(target.tags);
  const level = (e: CatalogEntry) => DIFFICULTIES.indexOf(e.difficulty);
  return entries
    .filter((e) => e.id !== target.id)
    .map((e) => ({ entry: e, shared: e.tags.filter((t) => tags.has(t)) }))
    .filter((c) => c.shared.length > 0)
    .sort(
      (a, b) =>
        b.shared.length - a.shared.length ||
        Math.abs(level(a.entry) - level(target)) - Math.abs(level(b.entry) - level(target)) ||
        a.entry.title.localeCompare(b.entry.title, 'en'),
    )
    .slice(0, limit)
    .map(({ entry: { createdAt: _c, ...summary }, shared }) => ({ ...summary, sharedTags: shared }));
}
