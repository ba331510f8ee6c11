import { LANGUAGE_IDS, type EditorialSolutionDto } from '@tryout/contracts';
import type { ReferenceSolution } from '../problems/problem.entity';

/** The file a language's editorial code comes from when a package has several: `solution.<ext>` first. */
function preference(path: string): number {
  return /(^|\/)solution\.[^/]+$/i.test(path) ? 0 : 1;
}

/**
 * The code shown under an editorial: one accepted reference solution per language (only those
 * expected to be accepted: the code `tryout verify` proves), in the languages' catalogue order.
 * With several in one language, `solution.<ext>` wins, else the first by path.
 */
export function editorialSolutions(references: ReferenceSolution[]): EditorialSolutionDto[] {
  const accepted = references
    .filter((r) => r.expected.length === 1 && r.expected[0] === 'accepted')
    .sort((a, b) => preference(a.path) - preference(b.path) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const byLanguage = new Map<string, ReferenceSolution>();
  for (const r of accepted) if (!byLanguage.has(r.language)) byLanguage.set(r.language, r);
  return LANGUAGE_IDS.filter((l) => byLanguage.has(l)).map((language) => ({
    language,
    source: byLanguage.get(language)!.source,
  }));
}
