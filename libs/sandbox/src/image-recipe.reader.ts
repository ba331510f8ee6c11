import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { isRecipeFile, recipeHash, runnerRecipeDirs, type RecipeFile } from './images.util';

/** Every recipe file under `dirs` (repo-relative), with repo-relative '/'-separated paths. */
export async function readRecipeFiles(repoRoot: string, dirs: readonly string[]): Promise<RecipeFile[]> {
  const files: RecipeFile[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) {
        const path = relative(repoRoot, full).split(sep).join('/');
        if (isRecipeFile(path)) files.push({ path, content: await readFile(full) });
      }
    }
  };
  for (const dir of dirs) await walk(join(repoRoot, dir));
  return files;
}

/** The `tryout.recipe` label a freshly built runner image for `language` would carry. */
export async function expectedRunnerRecipeHash(
  repoRoot: string,
  language: string,
  baseImageId: string,
): Promise<string> {
  return recipeHash(await readRecipeFiles(repoRoot, runnerRecipeDirs(language)), baseImageId);
}
