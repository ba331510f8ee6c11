import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/**
 * `<catalog>/verified.json`: each problem's content hash as of the last full verification that
 * passed (`tryout verify problems/ --record`). `tryout verify --ci` judges every submission of the
 * problems whose files differ from it, so a fresh clone needs no git history to know what changed.
 */
export const VERIFIED_STAMP_FILE = 'verified.json';

export interface VerifiedStamp {
  /** Problem slug → content hash (hex). */
  problems: Record<string, string>;
}

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
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

export async function readVerifiedStamp(catalogDir: string): Promise<VerifiedStamp> {
  let text: string;
  try {
    text = await readFile(join(catalogDir, VERIFIED_STAMP_FILE), 'utf8');
  } catch {
    return { problems: {} };
  }
  const parsed = JSON.parse(text) as Partial<VerifiedStamp>;
  return { problems: { ...(parsed.problems ?? {}) } };
}

/** Writes the stamp with sorted keys, one problem a line, so concurrent branches merge cleanly. */
export async function writeVerifiedStamp(catalogDir: string, stamp: VerifiedStamp): Promise<void> {
  const problems = Object.fromEntries(Object.entries(stamp.problems).sort(([a], [b]) => (a < b ? -1 : 1)));
  await writeFile(join(catalogDir, VERIFIED_STAMP_FILE), `${JSON.stringify({ problems }, null, 2)}\n`);
}
