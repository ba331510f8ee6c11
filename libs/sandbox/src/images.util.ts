import { createHash } from 'node:crypto';

/**
 * Runner image recipes. scripts/build-images.sh labels every image it builds with
 * `tryout.recipe=<hash>` and skips images whose label matches; this computes the same hash from
 * file contents so the API can report stale images. Keep it identical to `recipe_hash` in
 * scripts/provision/lib.sh:
 *
 *   sha256( for each file, sorted bytewise by repo-relative path, tests/ excluded:
 *             "<sha256 hex of content>  <path>\n"        (exactly `sha256sum`'s output)
 *           + "base <base image id>\n" )
 */
export const RECIPE_LABEL = 'tryout.recipe';
export const BASE_IMAGE = 'tryout-base:bookworm';
export const SUPERVISOR_IMAGE = 'tryout-supervisor:latest';
export const BASE_RECIPE_DIR = 'docker/base';
export const SUPERVISOR_RECIPE_DIR = 'docker/supervisor';

export interface RecipeFile {
  /** Path relative to the repository root, '/'-separated (e.g. docker/runners/python/Dockerfile). */
  path: string;
  content: string | Uint8Array;
}

/** Directories (repo-relative) whose files make up a runner image's recipe. */
export function runnerRecipeDirs(language: string): string[] {
  return [`docker/runners/${language}`, SUPERVISOR_RECIPE_DIR];
}

/** Test programs live next to the recipe but never enter the image, so they don't count. */
export function isRecipeFile(path: string): boolean {
  return !path.includes('/tests/');
}

function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Bytewise order of the UTF-8 paths, like `LC_ALL=C sort`. */
function compareBytewise(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/**
 * The `tryout.recipe` label value for an image built from `files` on top of `baseImageId`
 * (the base's full `sha256:...` id; '' for the base image itself).
 */
export function recipeHash(files: readonly RecipeFile[], baseImageId: string): string {
  const manifest = files
    .filter((f) => isRecipeFile(f.path))
    .slice()
    .sort((a, b) => compareBytewise(a.path, b.path))
    .map((f) => `${sha256Hex(f.content)}  ${f.path}\n`)
    .join('');
  return sha256Hex(`${manifest}base ${baseImageId}\n`);
}

/** An image is current when its label equals the hash of its recipe as it is now. */
export function isImageCurrent(labels: Record<string, string> | null | undefined, expectedHash: string): boolean {
  return labels?.[RECIPE_LABEL] === expectedHash;
}
