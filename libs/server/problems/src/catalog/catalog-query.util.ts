import { DIFFICULTIES, PROBLEM_PAGE_SIZE_MAX, type ProblemListQuery, type ProblemSummaryDto } from '@tryout/contracts';

/** A catalog row as cached: everything but the caller's own flags. */
export type CatalogEntry = Omit<ProblemSummaryDto, 'solved' | 'attempted'> & { createdAt: number };

export interface UserProblemStatus {
  solved: boolean;
  attempted: boolean;
}

export const DEFAULT_PAGE_SIZE = 20;

/** Splits `tags=a,b` into clean names. */
export function parseTags(tags: string | undefined): string[] {
  return (tags ?? '')
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean);
}

/**
 * Filters, sorts and pages the cached catalog. `ranks` (full-text hits, id → rank) restricts the set
 * when given; `status` holds the caller's per-problem state (absent for anonymous callers, who have
 * solved nothing).
 */
export function queryCatalog(
  entries: CatalogEntry[],
  query: ProblemListQuery,
  ranks: Map<string, number> | undefined,
  status: Map<string, UserProblemStatus> | undefined,
): { items: ProblemSummaryDto[]; total: number; page: number; pageSize: number } {
  const tags = parseTags(query.tags);
  let rows = entries.filter(
    (e) =>
      (!ranks || ranks.has(e.id)) &&
      (!query.difficulty || e.difficulty === query.difficulty) &&
      (!query.type || e.type === query.type) &&
      tags.every((t) => e.tags.includes(t)),
  );
  if (query.status) {
    rows = rows.filter((e) => {
      const s = status?.get(e.id);
      if (query.status === 'solved') return Boolean(s?.solved);
      if (query.status === 'attempted') return Boolean(s?.attempted && !s.solved);
      return !s?.solved;
    });
  }
  const dir = query.order === 'desc' ? -1 : 1;
  const byTitle = (a: CatalogEntry, b: CatalogEntry) => a.title.localeCompare(b.title, 'en');
  const sort = query.sort ?? (ranks ? undefined : 'title');
  const comparators: Record<string, (a: CatalogEntry, b: CatalogEntry) => number> = {
    title: (a, b) => dir * byTitle(a, b),
    difficulty: (a, b) => dir * (DIFFICULTIES.indexOf(a.difficulty) - DIFFICULTIES.indexOf(b.difficulty)) || byTitle(a, b),
    acceptance: (a, b) => dir * ((a.acceptanceRate ?? -1) - (b.acceptanceRate ?? -1)) || byTitle(a, b),
    // Newest first unless asked otherwise.
    newest: (a, b) => (query.order === 'asc' ? 1 : -1) * (a.createdAt - b.createdAt) || byTitle(a, b),
  };
  rows = [...rows].sort(sort ? comparators[sort] : (a, b) => (ranks!.get(b.id) ?? 0) - (ranks!.get(a.id) ?? 0) || byTitle(a, b));
  const pageSize = Math.min(Math.max(1, query.pageSize ?? DEFAULT_PAGE_SIZE), PROBLEM_PAGE_SIZE_MAX);
  const page = Math.max(1, query.page ?? 1);
  const items = rows.slice((page - 1) * pageSize, page * pageSize).map(({ createdAt: _c, ...e }) => {
    const s = status?.get(e.id);
    return status ? { ...e, solved: Boolean(s?.solved), attempted: Boolean(s?.attempted) } : e;
  });
  return { items, total: rows.length, page, pageSize };
}

export function acceptanceRate(submitted: number, accepted: number): number | null {
  return submitted > 0 ? Math.round((accepted / submitted) * 1000) / 1000 : null;
}
