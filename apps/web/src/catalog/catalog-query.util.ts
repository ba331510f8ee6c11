import {
  DIFFICULTIES,
  PROBLEM_STATUS_FILTERS,
  type Difficulty,
  type ProblemListQuery,
  type ProblemStatusFilter,
} from '@tryout/contracts';

export const CATALOG_PAGE_SIZE = 20;

export interface CatalogFilters {
  q: string;
  difficulty: Difficulty | null;
  tags: string[];
  status: ProblemStatusFilter | null;
  page: number;
}

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
}

/** The URL is the source of truth for the catalog's filters; anything invalid is dropped. */
export function filtersFromSearchParams(params: URLSearchParams): CatalogFilters {
  const page = Number(params.get('page'));
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    difficulty: oneOf(DIFFICULTIES, params.get('difficulty')),
    tags: (params.get('tags') ?? '')
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
    status: oneOf(PROBLEM_STATUS_FILTERS, params.get('status')),
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

export function filtersToSearchParams(filters: CatalogFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.difficulty) params.set('difficulty', filters.difficulty);
  if (filters.tags.length) params.set('tags', filters.tags.join(','));
  if (filters.status) params.set('status', filters.status);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

export function filtersToQuery(filters: CatalogFilters, signedIn: boolean): ProblemListQuery {
  return {
    q: filters.q.trim() || undefined,
    difficulty: filters.difficulty ?? undefined,
    tags: filters.tags.length ? filters.tags.join(',') : undefined,
    // The status filter needs a caller; anonymous visitors see it disabled.
    status: signedIn ? (filters.status ?? undefined) : undefined,
    page: filters.page,
    pageSize: CATALOG_PAGE_SIZE,
  };
}
