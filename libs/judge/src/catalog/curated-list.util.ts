import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ProblemPackageException, ProblemPackageExceptionCode } from '../problem/problem.exception';

/** The folder beside the packages that holds curated lists; it has no problem.yaml, so it is never a package. */
export const LISTS_DIR = 'lists';

export const CURATED_LIST_MAX_PROBLEMS = 500;

const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** `lists/<slug>.yaml`: a title, a description and problem slugs in the order to solve them. */
export interface CuratedListFile {
  slug: string;
  /** Relative to the catalog folder, for messages: `lists/backend-track.yaml`. */
  file: string;
  title: string;
  description: string;
  problems: string[];
}

function invalid(file: string, message: string): never {
  throw new ProblemPackageException(ProblemPackageExceptionCode.Invalid, message, file);
}

/** Checks one list file's content; throws naming the file. */
export function parseCuratedList(file: string, slug: string, text: string): CuratedListFile {
  if (!SLUG.test(slug)) invalid(file, 'the file name must be a slug: lower-case letters, digits and dashes');
  let yaml: unknown;
  try {
    yaml = parseYaml(text);
  } catch (err) {
    invalid(file, `not valid YAML: ${(err as Error).message}`);
  }
  if (!yaml || typeof yaml !== 'object' || Array.isArray(yaml)) invalid(file, 'must be a YAML map');
  const { title, description, problems, ...rest } = yaml as Record<string, unknown>;
  const unknown = Object.keys(rest);
  if (unknown.length) invalid(file, `unknown key(s): ${unknown.join(', ')} (allowed: title, description, problems)`);
  if (typeof title !== 'string' || !title.trim() || title.length > 200)
    invalid(file, 'title must be a text of 1 to 200 characters');
  if (description !== undefined && typeof description !== 'string') invalid(file, 'description must be a text');
  if (!Array.isArray(problems) || problems.length === 0)
    invalid(file, 'problems must be a non-empty list of problem slugs');
  if (problems.length > CURATED_LIST_MAX_PROBLEMS) invalid(file, `at most ${CURATED_LIST_MAX_PROBLEMS} problems`);
  const seen = new Set<string>();
  for (const p of problems) {
    if (typeof p !== 'string' || !SLUG.test(p)) invalid(file, `"${String(p)}" is not a problem slug`);
    if (seen.has(p)) invalid(file, `problem "${p}" is listed twice`);
    seen.add(p);
  }
  return { slug, file, title: title.trim(), description: (description ?? '').trim(), problems: problems as string[] };
}

/**
 * Every `lists/*.yaml` under a catalog folder, by slug; undefined when the folder has no `lists/`
 * (an import then leaves the stored lists alone).
 */
export async function loadCuratedLists(root: string): Promise<CuratedListFile[] | undefined> {
  let names: string[];
  try {
    names = await readdir(join(root, LISTS_DIR));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'ENOTDIR')
      return undefined;
    throw err;
  }
  const lists: CuratedListFile[] = [];
  for (const name of names.filter((n) => /\.ya?ml$/.test(n) && !n.startsWith('.')).sort()) {
    const file = `${LISTS_DIR}/${name}`;
    lists.push(parseCuratedList(file, name.replace(/\.ya?ml$/, ''), await readFile(join(root, file), 'utf8')));
  }
  const slugs = new Set<string>();
  for (const l of lists) {
    if (slugs.has(l.slug)) invalid(l.file, `another file already defines the list "${l.slug}"`);
    slugs.add(l.slug);
  }
  return lists;
}

/** `lists/x.yaml: unknown problem "y"` for each slug not in `known`. */
export function unknownListProblems(lists: CuratedListFile[], known: ReadonlySet<string>): string[] {
  return lists.flatMap((l) => l.problems.filter((p) => !known.has(p)).map((p) => `${l.file}: unknown problem "${p}"`));
}
