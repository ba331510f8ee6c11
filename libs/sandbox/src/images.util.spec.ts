import { describe, expect, it } from 'vitest';
import { isImageCurrent, isRecipeFile, recipeHash, runnerRecipeDirs, type RecipeFile } from './images.util';

// Vector computed by `recipe_hash` in scripts/provision/lib.sh over the same files
// (images.int.ts checks the two agree on the real recipes too).
const files: RecipeFile[] = [
  { path: 'docker/supervisor/supervisor.c', content: 'int main(){}\n' },
  { path: 'docker/runners/demo/sub/Z.txt', content: 'B\n' },
  { path: 'docker/runners/demo/run.sh', content: 'echo hi\n' },
  { path: 'docker/runners/demo/Dockerfile', content: Buffer.from('FROM x\n') },
  { path: 'docker/runners/demo/tests/hello.py', content: 'ignored\n' },
];

describe('recipeHash', () => {
  it('matches the shell implementation', () => {
    expect(recipeHash(files, 'sha256:abc')).toBe('108a0f2f9af9dda392dc16093029e74d16fe437a0cbca8e76ab552a07f2ddbb1');
    expect(recipeHash(files, '')).toBe('cb6352d93c56593891f67e1d6f76f60850aacdadc58826a05d002bd0b09a862b');
  });

  it('does not depend on the order files are listed in', () => {
    expect(recipeHash([...files].reverse(), 'sha256:abc')).toBe(recipeHash(files, 'sha256:abc'));
  });

  it('ignores test programs but not recipe files', () => {
    const withoutTests = files.filter((f) => !f.path.includes('/tests/'));
    expect(recipeHash(withoutTests, 'x')).toBe(recipeHash(files, 'x'));
    const edited = files.map((f) => (f.path.endsWith('run.sh') ? { ...f, content: 'echo bye\n' } : f));
    expect(recipeHash(edited, 'x')).not.toBe(recipeHash(files, 'x'));
  });

  it('changes with the base image and with a renamed file', () => {
    expect(recipeHash(files, 'sha256:abc')).not.toBe(recipeHash(files, 'sha256:abd'));
    const renamed = files.map((f) => (f.path.endsWith('run.sh') ? { ...f, path: 'docker/runners/demo/run2.sh' } : f));
    expect(recipeHash(renamed, 'x')).not.toBe(recipeHash(files, 'x'));
  });
});

describe('helpers', () => {
  it('names the directories of a runner recipe', () => {
    expect(runnerRecipeDirs('python')).toEqual(['docker/runners/python', 'docker/supervisor']);
  });

  it('excludes only paths inside a tests/ directory', () => {
    expect(isRecipeFile('docker/runners/go/tests/hello.go')).toBe(false);
    expect(isRecipeFile('docker/runners/go/Dockerfile')).toBe(true);
    expect(isRecipeFile('docker/runners/go/contests.txt')).toBe(true);
  });

  it('compares the recipe label', () => {
    expect(isImageCurrent({ 'tryout.recipe': 'h' }, 'h')).toBe(true);
    expect(isImageCurrent({ 'tryout.recipe': 'old' }, 'h')).toBe(false);
    expect(isImageCurrent(null, 'h')).toBe(false);
  });
});
