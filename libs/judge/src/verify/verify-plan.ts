import type { LanguageId } from '@tryout/contracts';
import type { ProblemOutline } from '../problem/problem-loader';
import type { ProblemSubmission } from '../problem/problem-package';
import { acceptedAndRejected, coverageSet, provingPair } from './type-coverage.util';

/**
 * How much of a catalog `tryout verify` judges:
 * - `full`: every reference solution in every language (`npm run verify:full`);
 * - `fast`: one accepted and one rejected solution per problem, quickest languages first;
 * - `ci`: `fast`, plus each function language's accepted and rejected solution of its
 *   type-coverage set (every type and shape the catalog uses, see type-coverage.util), plus every
 *   solution of the problems changed since the last recorded full run.
 */
export type VerifyScope = 'full' | 'fast' | 'ci';

/** Languages quickest to compile and start first: what `fast` picks. */
const FAST_ORDER = ['python', 'c', 'cpp', 'javascript', 'ruby', 'go', 'typescript', 'rust', 'java', 'csharp'];

/** One accepted and one rejected submission (either may be missing), quickest languages first. */
export function fastSubset(subs: ProblemSubmission[]): ProblemSubmission[] {
  const { accepted, rejected } = acceptedAndRejected(subs, FAST_ORDER);
  return [accepted, rejected].filter((s): s is ProblemSubmission => s !== undefined);
}

export interface VerifyPlanOptions {
  scope: VerifyScope;
  /** Only submissions whose `<slug>/<path>` contains this. */
  filter?: string;
  /** Only submissions in this language. */
  language?: LanguageId;
  /** `ci`: slugs whose files differ from the last recorded full run. */
  changed?: ReadonlySet<string>;
  /** `ci`: the languages whose function harness the coverage set proves. */
  functionLanguages?: readonly LanguageId[];
}

export interface PlannedProblem {
  slug: string;
  submissions: ProblemSubmission[];
  /** Every submission of the package is judged (the time limit's safety margin can be checked). */
  complete: boolean;
  /** Why these were chosen, e.g. `changed`, `fast`, `coverage go`. */
  reasons: string[];
}

/**
 * The submissions to judge per package, in catalog order. A package stays in with none (its package
 * checks still run) unless `filter` or `language` left it none.
 */
export function planVerify(packages: ProblemOutline[], options: VerifyPlanOptions): PlannedProblem[] {
  const picked = new Map<string, { subs: Set<ProblemSubmission>; reasons: string[] }>(
    packages.map((p) => [p.slug, { subs: new Set(), reasons: [] }]),
  );
  const add = (pkg: ProblemOutline, subs: ProblemSubmission[], reason: string): void => {
    const entry = picked.get(pkg.slug);
    if (!entry || subs.length === 0) return;
    subs.forEach((s) => entry.subs.add(s));
    entry.reasons.push(reason);
  };
  for (const pkg of packages) {
    if (options.scope === 'full') add(pkg, pkg.submissions, 'full');
    else if (options.scope === 'ci' && options.changed?.has(pkg.slug)) add(pkg, pkg.submissions, 'changed');
    else add(pkg, fastSubset(pkg.submissions), 'fast');
  }
  if (options.scope === 'ci') {
    const bySlug = new Map(packages.map((p) => [p.slug, p]));
    for (const language of options.functionLanguages ?? []) {
      for (const slug of coverageSet(packages, language)) {
        const pkg = bySlug.get(slug);
        const pair = pkg && provingPair(pkg.submissions, language);
        if (pkg && pair) add(pkg, pair, `coverage ${language}`);
      }
    }
  }
  const plan: PlannedProblem[] = [];
  for (const pkg of packages) {
    const entry = picked.get(pkg.slug);
    if (!entry) continue;
    const submissions = pkg.submissions.filter(
      (s) =>
        entry.subs.has(s) &&
        (!options.filter || `${pkg.slug}/${s.path}`.includes(options.filter)) &&
        (!options.language || s.language === options.language),
    );
    if (submissions.length === 0 && (options.filter || options.language)) continue;
    plan.push({
      slug: pkg.slug,
      submissions,
      complete: submissions.length === pkg.submissions.length,
      // Another language's coverage picked nothing that --language kept.
      reasons: entry.reasons.filter(
        (r) => !options.language || !r.startsWith('coverage ') || r === `coverage ${options.language}`,
      ),
    });
  }
  return plan;
}
