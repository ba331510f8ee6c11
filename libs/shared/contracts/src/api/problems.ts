import type { SqlProblemDto } from './sql';
import type { LanguageId } from '../language';

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export const PROBLEM_TYPES = ['stdio', 'function', 'sql'] as const;
export type ProblemType = (typeof PROBLEM_TYPES)[number];

/** The catalog's type filter: one problem type, or `coding` for every type but `sql`. */
export const PROBLEM_TYPE_FILTERS = [...PROBLEM_TYPES, 'coding'] as const;
export type ProblemTypeFilter = (typeof PROBLEM_TYPE_FILTERS)[number];

/** Whether a problem of `type` passes the catalog's type filter. */
export function matchesTypeFilter(type: ProblemType, filter: ProblemTypeFilter): boolean {
  return filter === 'coding' ? type !== 'sql' : type === filter;
}

export const PROBLEM_STATUS_FILTERS = ['solved', 'unsolved', 'attempted'] as const;
export type ProblemStatusFilter = (typeof PROBLEM_STATUS_FILTERS)[number];

export const PROBLEM_SORTS = ['number', 'title', 'difficulty', 'acceptance', 'newest'] as const;
export type ProblemSort = (typeof PROBLEM_SORTS)[number];

export const PROBLEM_PAGE_SIZE_MAX = 100;

/**
 * GET /api/problems query. Public (status filter and `solved` flags need a token).
 * `tags` is comma-separated on the wire (`?tags=arrays,hashing`): problems having ALL of them.
 * `q` is full-text search over title and statement; with `q` and no `sort`, results are by rank.
 * `list` keeps a curated list's problems (in the list's order when no `sort`); `favourites=true`
 * keeps the caller's starred problems (needs a token; anonymous callers have none).
 */
export interface ProblemListQuery {
  q?: string;
  difficulty?: Difficulty;
  /** `coding`: every type but `sql`. */
  type?: ProblemTypeFilter;
  tags?: string;
  status?: ProblemStatusFilter;
  list?: string;
  favourites?: boolean;
  sort?: ProblemSort;
  order?: 'asc' | 'desc';
  /** 1-based. */
  page?: number;
  pageSize?: number;
}

export interface ProblemSummaryDto {
  id: string;
  /** Stable catalog number: given once at the first import, never changed or reused. */
  number: number;
  slug: string;
  title: string;
  difficulty: Difficulty;
  type: ProblemType;
  tags: string[];
  /** Accepted submit-mode submissions ÷ all finished submit-mode submissions, 0..1; null when none. */
  acceptanceRate: number | null;
  /** Present only when the caller is authenticated. */
  solved?: boolean;
  attempted?: boolean;
  /** Starred by the caller; present only when the caller is authenticated. */
  favourite?: boolean;
}

/**
 * GET /api/random-problem: the list filters without sorting or paging. Answers 200 with a
 * RandomProblemResponse: a ProblemSummaryDto, or the JSON `null` when no problem matches.
 */
export type RandomProblemQuery = Omit<ProblemListQuery, 'sort' | 'order' | 'page' | 'pageSize'>;

export type RandomProblemResponse = ProblemSummaryDto | null;

export interface ProblemListResponse {
  items: ProblemSummaryDto[];
  page: number;
  pageSize: number;
  total: number;
}

export interface ProblemLimitsDto {
  /** Per test, before the language multiplier. */
  timeLimitMs: number;
  memoryMb: number;
  outputMb: number;
}

/** The limits a test runs under in one language: CPU time with the language's multiplier applied. */
export interface LanguageLimitsDto {
  /** CPU time per test. */
  timeLimitMs: number;
  /** Memory for the program (the runtime's own baseline is added on top and not counted). */
  memoryMb: number;
}

export interface ProblemSampleDto {
  name: string;
  input: string;
  output: string;
}

export interface FunctionParamDto {
  name: string;
  /** Tryout type: int, long, double, bool, string, T[], T[][], ListNode, TreeNode. */
  type: string;
}

/** A plain function problem (`function:` in problem.yaml). */
export interface FunctionSignatureDto {
  kind: 'function';
  name: string;
  params: FunctionParamDto[];
  returns: string;
}

/** A design problem (`class:` in problem.yaml). */
export interface ClassSignatureDto {
  kind: 'class';
  name: string;
  constructorParams: FunctionParamDto[];
  methods: { name: string; params: FunctionParamDto[]; returns: string }[];
}

export type SignatureDto = FunctionSignatureDto | ClassSignatureDto;

/** GET /api/problems/:slug (public). Never hidden test data or references, except to admins. */
export interface ProblemDetailDto extends ProblemSummaryDto {
  /** Version number of the judgeable data (tests + limits); bumps when they change. */
  version: number;
  statement: string;
  source: string | null;
  limits: ProblemLimitsDto;
  /** Per allowed language: the limits the judge applies (what the page shows). */
  languageLimits: Partial<Record<LanguageId, LanguageLimitsDto>>;
  samples: ProblemSampleDto[];
  /** Languages a submission may use: every language for stdio, the function languages for function problems. */
  languages: LanguageId[];
  starterCode: Partial<Record<LanguageId, string>>;
  signature: SignatureDto | null;
  /** `type: sql` problems: dialects, row-order rule and the schema's tables with sample rows. */
  sql?: SqlProblemDto;
  hiddenTestCount: number;
  stats: { submissions: number; accepted: number };
  /** Admins only. */
  hiddenTests?: ProblemSampleDto[];
  /** Admins only: reference and other authored submissions. */
  referenceSolutions?: { language: LanguageId; expected: string; fileName: string; source: string }[];
  editorial?: string | null;
}

/** GET /api/tags (public) → TagDto[] sorted by count desc, then name. */
export interface TagDto {
  tag: string;
  count: number;
}

/** GET /api/languages (public) → LanguageDto[]. */
export interface LanguageDto {
  id: LanguageId;
  name: string;
  /** Toolchain version the runner image recorded when it was built, e.g. "Python 3.11.2"; null when not built. */
  version: string | null;
  supportsFunctions: boolean;
  extensions: string[];
  editorMode: string;
}

/** GET /api/lists (public): curated lists from the catalog's `lists/` folder, in title order. */
export interface CuratedListDto {
  slug: string;
  title: string;
  description: string;
  problemCount: number;
  /** The caller's solved problems in the list; present only when the caller is authenticated. */
  solvedCount?: number;
}

/** GET /api/lists/:slug (public): the list's problems in the list's order. */
export interface CuratedListDetailDto extends CuratedListDto {
  problems: ProblemSummaryDto[];
}
