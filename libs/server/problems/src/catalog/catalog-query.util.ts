import {
  DIFFICULTIES,
  matchesTypeFilter,
  PROBLEM_PAGE_SIZE_MAX,
  type ProblemListQuery,
  type ProblemSummaryDto,
  type RandomProblemQuery,
} from '@tryout/contracts';

/** A catalog row as cached: everything but the caller's own flags. */
export type CatalogEntry = Omit<ProblemSummaryDto, 'solved' | 'attempted' | 'favourite'> & { createdAt: number };

export interface UserProblemStatus {
  solved: boolean;
  attempted: boolean;
}

/** What narrows the catalog besides the query: a curated list's order and the caller's stars. */
export interface CatalogScope {
  /** Problem id → position in the list named by `query.list`. */
  listOrder?: Map<string, number>;
  /** The caller's starred problem ids (absent for anonymous callers, who have none). */
  favourites?: Set<string>;
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
 * The rows matching every filter. `ranks` (full-text hits, id → rank) restricts the set when given;
 * `status` holds the caller's per-problem state (absent for anonymous callers, who have solved nothing).
 */
export function filterCatalog(
  entries: CatalogEntry[],
  query: RandomProblemQuery,
  ranks: Map<string, number> | undefined,
  status: Map<string, UserProblemStatus> | undefined,
  scope: CatalogScope = {},
): CatalogEntry[] {
  const tags = parseTags(query.tags);
  return entries.filter((e) => {
    if (ranks && !ranks.has(e.id)) return false;
    if (query.difficulty && e.difficulty !== query.difficulty) return false;
    if (query.type && !matchesTypeFilter(e.type, query.type)) return false;
    if (!tags.every((t) => e.tags.includes(t))) return false;
    if (scope.listOrder && !scope.listOrder.has(e.id)) return false;
    if (query.favourites && !scope.favourites?.has(e.id)) return false;
    if (query.status) {
      const s = status?.get(e.id);
      if (query.status === 'solved') return Boolean(s?.solved);
      if (query.status === 'attempted') return Boolean(s?.attempted && !s.solved);
      return !s?.solved;
    }
    return true;
  });
}

/** Adds the caller's flags (only for authenticated callers) and drops cache-only fields. */
export function toSummary(
  { createdAt: _c, ...e }: CatalogEntry,
  status: Map<string, UserProblemStatus> | undefined,
  favourites: Set<string> | undefined,
): ProblemSummaryDto {
  if (!status) return e;
  const s = status.get(e.id);
  return {
    ...e,
    solved: Boolean(s?.solved),
    attempted: Boolean(s?.attempted),
    favourite: Boolean(favourites?.has(e.id)),
  };
}

/** Filters, sorts and pages the cached catalog (see filterCatalog). */
export function queryCatalog(
  entries: CatalogEntry[],
  query: ProblemListQuery,
  ranks: Map<string, number> | undefined,
  status: Map<string, UserProblemStatus> | undefined,
  scope: CatalogScope = {},
): { items: ProblemSummaryDto[]; total: number; page: number; pageSize: number } {
  let rows = filterCatalog(entries, query, ranks, status, scope);
  const dir = query.order === 'desc' ? -1 : 1;
  const byTitle = (a: CatalogEntry, b: CatalogEntry) => a.title.localeCompare(b.title, 'en');
  const sort = query.sort ?? (ranks || scope.listOrder ? undefined : 'title');
  const comparators: Record<string, (a: CatalogEntry, b: CatalogEntry) => number> = {
    number: (a, b) => dir * (a.number - b.number),
    title: (a, b) => dir * byTitle(a, b),
    difficulty: (a, b) =>
      dir * (DIFFICULTIES.indexOf(a.difficulty) - DIFFICULTIES.indexOf(b.difficulty)) || byTitle(a, b),
    acceptance: (a, b) => dir * ((a.acceptanceRate ?? -1) - (b.acceptanceRate ?? -1)) || byTitle(a, b),
    // Newest first unless asked otherwise.
    newest: (a, b) => (query.order === 'asc' ? 1 : -1) * (a.createdAt - b.createdAt) || byTitle(a, b),
  };
  const byRank = (a: CatalogEntry, b: CatalogEntry) =>
    (ranks!.get(b.id) ?? 0) - (ranks!.get(a.id) ?? 0) || byTitle(a, b);
  const byList = (a: CatalogEntry, b: CatalogEntry) => scope.listOrder!.get(a.id)! - scope.listOrder!.get(b.id)!;
  rows = [...rows].sort(sort ? comparators[sort] : ranks ? byRank : byList);
  const pageSize = Math.min(Math.max(1, query.pageSize ?? DEFAULT_PAGE_SIZE), PROBLEM_PAGE_SIZE_MAX);
  const page = Math.max(1, query.page ?? 1);
  const items = rows.slice((page - 1) * pageSize, page * pageSize).map((e) => toSummary(e, status, scope.favourites));
  return { items, total: rows.length, page, pageSize };
}

/**
 * One matching problem at random; for a signed-in caller an unsolved one while any matches.
 * `random` is injectable for tests.
 */
export function pickRandom(
  entries: CatalogEntry[],
  query: RandomProblemQuery,
  ranks: Map<string, number> | undefined,
  status: Map<string, UserProblemStatus> | undefined,
  scope: CatalogScope = {},
  random: () => number = Math.random,
): ProblemSummaryDto | undefined {
  const rows = filterCatalog(entries, query, ranks, status, scope);
  const unsolved = status ? rows.filter((e) => !status.get(e.id)?.solved) : rows;
  const pool = unsolved.length ? unsolved : rows;
  if (!pool.length) return undefined;
  return toSummary(pool[Math.floor(random() * pool.length)], status, scope.favourites);
}

export function acceptanceRate(submitted: number, accepted: number): number | null {
  return submitted > 0 ? Math.round((accepted / submitted) * 1000) / 1000 : null;
}
