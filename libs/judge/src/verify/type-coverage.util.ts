import { isLanguageId, type LanguageId } from '@tryout/contracts';
import { LANGUAGE_PACKS, type CallableSpec } from '@tryout/languages';
import type { ProblemPackage, ProblemSubmission } from '../problem/problem-package';

/**
 * What a language's function harness must handle, as the catalog's signatures use it: every type
 * as a parameter and as a return value, and the design-class shapes. Constructor and method
 * arguments go through the same per-type decoding as function arguments, so a type counts as a
 * parameter wherever it appears; what differs for a class is the glue, covered once per shape.
 */
export type CoverageFeature =
  | `parameter ${string}`
  | `return ${string}`
  | 'design class'
  | 'constructor parameter'
  | 'void method'
  | 'method return value';

/** The features one signature uses. */
export function signatureFeatures(spec: CallableSpec): CoverageFeature[] {
  const features = new Set<CoverageFeature>();
  if (spec.kind === 'function') {
    for (const p of spec.params) features.add(`parameter ${p.type}`);
    features.add(`return ${spec.returns}`);
  } else {
    features.add('design class');
    if (spec.constructor.params.length) features.add('constructor parameter');
    for (const p of spec.constructor.params) features.add(`parameter ${p.type}`);
    for (const m of spec.methods) {
      for (const p of m.params) features.add(`parameter ${p.type}`);
      if (m.returns === 'void') features.add('void method');
      else {
        features.add('method return value');
        features.add(`return ${m.returns}`);
      }
    }
  }
  return [...features].sort();
}

/** The languages with a function harness, as the language registry says: each must be proven. */
export function functionLanguages(): LanguageId[] {
  return LANGUAGE_PACKS.filter((p) => p.function !== undefined)
    .map((p) => p.id)
    .filter(isLanguageId);
}

const isAccepted = (s: ProblemSubmission): boolean => s.expected.length === 1 && s.expected[0] === 'accepted';

/**
 * The first accepted and the first rejected submission in `order` of languages (others last); a
 * rejected one that is not a time-out is preferred, being quicker to judge.
 */
export function acceptedAndRejected(
  submissions: ProblemSubmission[],
  order: readonly string[] = [],
): { accepted?: ProblemSubmission; rejected?: ProblemSubmission } {
  const rank = (s: ProblemSubmission) => (order.includes(s.language) ? order.indexOf(s.language) : order.length);
  const byLanguage = [...submissions].sort((a, b) => rank(a) - rank(b));
  return {
    accepted: byLanguage.find(isAccepted),
    rejected:
      byLanguage.find((s) => !s.expected.includes('accepted') && s.expected[0] !== 'time_limit_exceeded') ??
      byLanguage.find((s) => !s.expected.includes('accepted')),
  };
}

/** `language`'s accepted and rejected submission of a problem, when it has both. */
export function provingPair(
  submissions: ProblemSubmission[],
  language: LanguageId,
): [ProblemSubmission, ProblemSubmission] | undefined {
  const { accepted, rejected } = acceptedAndRejected(submissions.filter((s) => s.language === language));
  return accepted && rejected ? [accepted, rejected] : undefined;
}

type CoveragePackage = Pick<ProblemPackage, 'slug' | 'callable' | 'submissions'>;
type SignedPackage = CoveragePackage & { callable: CallableSpec };

/** Every feature the catalog's function problems use. */
export function catalogFeatures(packages: CoveragePackage[]): CoverageFeature[] {
  const features = new Set<CoverageFeature>();
  for (const p of packages) if (p.callable) signatureFeatures(p.callable).forEach((f) => features.add(f));
  return [...features].sort();
}

/** The problems that prove `language`'s harness: an accepted and a rejected submission in it. */
export function provingProblems(packages: CoveragePackage[], language: LanguageId): SignedPackage[] {
  return packages.filter(
    (p): p is SignedPackage => p.callable !== undefined && provingPair(p.submissions, language) !== undefined,
  );
}

/** The catalog's features that no proving problem of `language` uses. */
export function missingFeatures(packages: CoveragePackage[], language: LanguageId): CoverageFeature[] {
  const covered = new Set(provingProblems(packages, language).flatMap((p) => signatureFeatures(p.callable)));
  return catalogFeatures(packages).filter((f) => !covered.has(f));
}

/**
 * A small set of proving problems of `language` that together use every catalog feature they can
 * (greedy set cover: the problem adding the most uncovered features first, then by slug, so the
 * choice is stable). What CI judges in every language.
 */
export function coverageSet(packages: CoveragePackage[], language: LanguageId): string[] {
  const candidates = provingProblems(packages, language)
    .map((p) => ({ slug: p.slug, features: signatureFeatures(p.callable) }))
    .sort((a, b) => a.slug.localeCompare(b.slug));
  const uncovered = new Set(catalogFeatures(packages));
  const chosen: string[] = [];
  for (;;) {
    let best: { slug: string; gain: number } | undefined;
    for (const c of candidates) {
      const gain = c.features.filter((f) => uncovered.has(f)).length;
      if (gain > 0 && (!best || gain > best.gain)) best = { slug: c.slug, gain };
    }
    if (!best) return chosen.sort();
    chosen.push(best.slug);
    candidates.find((c) => c.slug === best.slug)?.features.forEach((f) => uncovered.delete(f));
  }
}
