import {
  DIFFICULTIES,
  PROBLEM_SORTS,
  PROBLEM_STATUS_FILTERS,
  type Difficulty,
  type ProblemListQuery,
  type ProblemSort,
  type ProblemStatusFilter,
  type ProblemTypeFilter,
  type RandomProblemQuery,
} from '@tryout/contracts';

export const CATALOG_PAGE_SIZE = 20;

export type SortOrder = 'asc' | 'desc';

/** The catalog's Type filter (All is no filter): coding problems of any kind, or SQL problems. */
export const CATALOG_TYPES = ['coding', 'sql'] as const satisfies readonly ProblemTypeFilter[];
export type CatalogType = (typeof CATALOG_TYPES)[number];

export interface CatalogFilters {
  q: string;
  difficulty: Difficulty | null;
  type: CatalogType | null;
  tags: string[];
  status: ProblemStatusFilter | null;
  /** A curated list's slug. */
  list: string | null;
  favourites: boolean;
  sort: ProblemSort | null;
  order: SortOrder | null;
  page: number;
}

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
}

const LIST_SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** The URL is the source of truth for the catalog's filters; anything invalid is dropped. */
export function filtersFromSearchParams(params: URLSearchParams): CatalogFilters {
  const page = Number(params.get('page'));
  const list = params.get('list');
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    difficulty: oneOf(DIFFICULTIES, params.get('difficulty')),
    type: oneOf(CATALOG_TYPES, params.get('type')),
    tags: (params.get('tags') ?? '')
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
    status: oneOf(PROBLEM_STATUS_FILTERS, params.get('status')),
    list: list && LIST_SLUG.test(list) ? list : null,
    favourites: params.get('favourites') === 'true',
    sort: oneOf(PROBLEM_SORTS, params.get('sort')),
    order: oneOf(['asc', 'desc'] as const, params.get('order')),
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

export function filtersToSearchParams(filters: CatalogFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.difficulty) params.set('difficulty', filters.difficulty);
  if (filters.type) params.set('type', filters.type);
  if (filters.tags.length) params.set('tags', filters.tags.join(','));
  if (filters.status) params.set('status', filters.status);
  if (filters.list) params.set('list', filters.list);
  if (filters.favourites) params.set('favourites', 'true');
  if (filters.sort) params.set('sort', filters.sort);
  if (filters.sort && filters.order) params.set('order', filters.order);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

/** The last page of `total` problems (1 when there are none: an empty list is still page 1). */
export function lastPage(total: number, pageSize = CATALOG_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/**
 * The page to show instead of `page` when it lies past the last one (a stale link, `?page=999`),
 * or null when it is in range. The API answers such a page with no items and the real total.
 */
export function clampedPage(page: number, total: number, pageSize = CATALOG_PAGE_SIZE): number | null {
  const last = lastPage(total, pageSize);
  return page > last ? last : null;
}

/** The filters the list and the random pick share. */
export function filtersToRandomQuery(filters: CatalogFilters, signedIn: boolean): RandomProblemQuery {
  return {
    q: filters.q.trim() || undefined,
    difficulty: filters.difficulty ?? undefined,
    type: filters.type ?? undefined,
    tags: filters.tags.length ? filters.tags.join(',') : undefined,
    // The status and favourites filters need a caller; anonymous visitors see them disabled.
    status: signedIn ? (filters.status ?? undefined) : undefined,
    list: filters.list ?? undefined,
    favourites: signedIn && filters.favourites ? true : undefined,
  };
}

export function filtersToQuery(filters: CatalogFilters, signedIn: boolean): ProblemListQuery {
  return {
    ...filtersToRandomQuery(filters, signedIn),
    sort: filters.sort ?? undefined,
    order: filters.sort ? (filters.order ?? undefined) : undefined,
    page: filters.page,
    pageSize: CATALOG_PAGE_SIZE,
  };
}

/** The order a column sorts in first: newest first, best acceptance first; the rest ascending. */
export function defaultOrder(sort: ProblemSort): SortOrder {
  return sort === 'newest' || sort === 'acceptance' ? 'desc' : 'asc';
}

/**
 * A header click: a new column starts in its default order, the same column flips. Without a
 * `sort` the API sorts by title ascending (or by rank/list order), which the title header shows.
 */
export function nextSort(
  filters: Pick<CatalogFilters, 'sort' | 'order'>,
  column: ProblemSort,
): { sort: ProblemSort; order: SortOrder } {
  const current = effectiveSort(filters);
  if (current?.sort !== column) return { sort: column, order: defaultOrder(column) };
  return { sort: column, order: current.order === 'asc' ? 'desc' : 'asc' };
}

/** The sort in force, for aria-sort: null when results follow search rank or a list's order. */
export function effectiveSort(
  filters: Pick<CatalogFilters, 'sort' | 'order'> & Partial<Pick<CatalogFilters, 'q' | 'list'>>,
): { sort: ProblemSort; order: SortOrder } | null {
  if (filters.sort) return { sort: filters.sort, order: filters.order ?? defaultOrder(filters.sort) };
  if (filters.q?.trim() || filters.list) return null;
  return { sort: 'title', order: 'asc' };
}
