import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { LanguageId } from '@tryout/contracts';

/**
 * `<catalog>/verified.json`: each problem's content hash as of the last full verification that
 * passed (`tryout verify problems/ --record`). `tryout verify --ci` judges every submission of the
 * problems whose files differ from it, so a fresh clone needs no git history to know what changed.
 */
export const VERIFIED_STAMP_FILE = 'verified.json';

export interface VerifiedStamp {
  /** Problem slug → content hash (hex). */
  problems: Record<string, string>;
  /**
   * Function language → its harness fingerprint (harnessFingerprint) as of the last run that proved
   * its type-coverage set: `--ci` judges that set again only when the fingerprint moved.
   */
  harness?: Record<string, string>;
}

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await filesUnder(path)));
    else if (e.isFile()) out.push(path);
  }
  return out;
}

/** A hash of every file of a package, by path and content: any edit, addition or removal changes it. */
export async function packageContentHash(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const files = (await filesUnder(dir)).map((f) => ({ f, rel: relative(dir, f).split(sep).join('/') }));
  files.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  for (const { f, rel } of files) {
    const content = await readFile(f);
    hash.update(`${rel}\0${content.length}\0`).update(content);
  }
  return hash.digest('hex');
}

/**
 * What decides how a function language's harness reads arguments and writes results, relative to
 * the repository: the shared generator and protocol, the language's pack folder and its runner
 * image recipe. Tests, docs and bytecode caches beside them are left out (they change no behaviour).
 */
function harnessSources(language: LanguageId): string[] {
  return [
    'libs/judge/src/harness/generate-harness.ts',
    'libs/languages/src/harness',
    'libs/languages/src/signature',
    `libs/languages/src/${language}`,
    `docker/runners/${language}`,
    'docker/base',
  ];
}

/**
 * A hash of a language's harness sources under `root` (a checkout), or undefined when they are not
 * there (an installed CLI): then nothing is known and the coverage set is judged.
 */
export async function harnessFingerprint(root: string, language: LanguageId): Promise<string | undefined> {
  const hash = createHash('sha256');
  let count = 0;
  for (const source of harnessSources(language)) {
    const path = join(root, source);
    const files = (await filesUnder(path)).length > 0 ? await filesUnder(path) : [path];
    const rels = files
      .map((f) => ({ f, rel: relative(root, f).split(sep).join('/') }))
      .filter(({ rel }) => !/\.(spec|int)\.ts$|(^|\/)tests?\/|\.md$|__pycache__|\.pyc$/.test(rel))
      .sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
    for (const { f, rel } of rels) {
      const content = await readFile(f).catch(() => undefined);
      if (content === undefined) continue;
      count++;
      hash.update(`${rel}\0${content.length}\0`).update(content);
    }
  }
  return count > 0 ? hash.digest('hex') : undefined;
}

export async function readVerifiedStamp(catalogDir: string): Promise<VerifiedStamp> {
  let text: string;
  try {
    text = await readFile(join(catalogDir, VERIFIED_STAMP_FILE), 'utf8');
  } catch {
    return { problems: {}, harness: {} };
  }
  const parsed = JSON.parse(text) as Partial<VerifiedStamp>;
  return { problems: { ...(parsed.problems ?? {}) }, harness: { ...(parsed.harness ?? {}) } };
}

const sortedKeys = (record: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));

/** Writes the stamp with sorted keys, one problem a line, so concurrent branches merge cleanly. */
export async function writeVerifiedStamp(catalogDir: string, stamp: VerifiedStamp): Promise<void> {
  const body = { problems: sortedKeys(stamp.problems), harness: sortedKeys(stamp.harness ?? {}) };
  await writeFile(join(catalogDir, VERIFIED_STAMP_FILE), `${JSON.stringify(body, null, 2)}\n`);
}
