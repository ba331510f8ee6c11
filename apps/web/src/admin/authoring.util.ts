import { LANGUAGES, type LanguageId, type Verdict } from '@tryout/contracts';

/** A slug proposed from a title: lower-case ASCII words joined by single hyphens. */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '') // the accents NFKD split off: é → e
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Pairs test files by name (`big.in` with `big.ans`), as a package's data folder does. Throws with
 * a message naming the file when a name has another extension or lacks its partner.
 */
export function pairTestFiles<F extends { name: string }>(files: F[]): { name: string; input: F; answer: F }[] {
  const byName = new Map<string, { in?: F; ans?: F }>();
  for (const file of files) {
    const match = /^(.+)\.(in|ans)$/.exec(file.name);
    if (!match) throw new Error(`${file.name}: name test files <name>.in and <name>.ans.`);
    const entry = byName.get(match[1]) ?? {};
    entry[match[2] as 'in' | 'ans'] = file;
    byName.set(match[1], entry);
  }
  return [...byName].map(([name, pair]) => {
    if (!pair.in || !pair.ans) throw new Error(`${name}: both ${name}.in and ${name}.ans are needed.`);
    return { name, input: pair.in, answer: pair.ans };
  });
}

/**
 * A solution's package path follows its expectation and language: `accepted/solution.py` becomes
 * `wrong_answer/solution.py` or `accepted/solution.java` (the folder names the verdict, the
 * extension the language).
 */
export function solutionPath(path: string, expected: Verdict[], language: LanguageId): string {
  const file = path.split('/').pop() || 'solution';
  const base = file.replace(/\.[^.]+$/, '') || 'solution';
  return `${expected[0] ?? 'accepted'}/${base}${LANGUAGES[language].extensions[0] ?? ''}`;
}
