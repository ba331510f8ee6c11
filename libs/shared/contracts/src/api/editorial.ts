import type { LanguageId } from '../language';
import type { ProblemSummaryDto } from './problems';

/** Why the caller may read an editorial: a submission of theirs, a recorded reveal, or the admin role. */
export const EDITORIAL_UNLOCKS = ['submitted', 'revealed', 'admin'] as const;
export type EditorialUnlock = (typeof EDITORIAL_UNLOCKS)[number];

/** One accepted reference solution: the code `tryout verify` proves, shown under the editorial. */
export interface EditorialSolutionDto {
  language: LanguageId;
  source: string;
}

/**
 * GET /api/problems/:slug/editorial (signed in) and POST /api/problems/:slug/editorial/reveal.
 * Locked until the caller has submitted once for the problem (any verdict) or revealed it; admins
 * always. GET answers a locked editorial with 200 EditorialLockedDto (an ordinary state of the tab,
 * not a failed request); the content never leaves the server then. 404 `editorial_not_found` when
 * the package has none.
 */
export interface EditorialDto {
  /** Always false here: the GET's locked answer is EditorialLockedDto. */
  locked: false;
  slug: string;
  /** Markdown with `$…$` TeX, rendered like statements. */
  body: string;
  /** At most one per language, in the languages' catalogue order. */
  solutions: EditorialSolutionDto[];
  unlockedBy: EditorialUnlock;
}

/** GET /api/problems/:slug/editorial while locked: how to unlock it, and nothing of its content. */
export interface EditorialLockedDto {
  locked: true;
  slug: string;
  /** How to unlock it: a first submission, or POST /api/problems/:slug/editorial/reveal. */
  message: string;
}

/** What GET /api/problems/:slug/editorial answers (200). */
export type EditorialStateDto = EditorialDto | EditorialLockedDto;

/** GET /api/problems/:slug/hints (public): progressive hints in order, Markdown; may be empty. */
export interface HintsDto {
  hints: string[];
}

/** A problem sharing tags with another one. */
export type SimilarProblemDto = Omit<ProblemSummaryDto, 'solved' | 'attempted'> & {
  /** The tags both problems have. */
  sharedTags: string[];
};

/**
 * GET /api/problems/:slug/similar (public): up to SIMILAR_PROBLEMS_MAX problems with the most tags
 * in common, then the closest difficulty, then by title. Problems sharing no tag are never listed.
 */
export interface SimilarProblemsDto {
  items: SimilarProblemDto[];
}

export const SIMILAR_PROBLEMS_MAX = 5;
