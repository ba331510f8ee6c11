import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findProblemDirs, loadProblemOutline, type ProblemOutline } from '../problem/problem-loader';
import { catalogFeatures, coverageSet, functionLanguages, missingFeatures } from '../verify/type-coverage.util';

/**
 * Every language's harness is proven, by `tryout verify` in CI, on every type and shape the
 * catalog's function problems use: some problem with both an accepted and a rejected reference
 * solution in that language must use it (docs/problem-format.md, "Type coverage").
 */
describe('the catalog type-coverage set', () => {
  let packages: ProblemOutline[];
  beforeAll(async () => {
    const dirs = await findProblemDirs(resolve(__dirname, '../../../../problems'));
    packages = await Promise.all(dirs.map((d) => loadProblemOutline(d)));
  });

  it('is computed from the catalog', () => {
    expect(catalogFeatures(packages)).toEqual(expect.arrayContaining(['design class', 'void method', 'return double']));
  });

  it.each(functionLanguages())('%s: covers every type and shape the catalog uses', (language) => {
    const missing = missingFeatures(packages, language);
    expect(
      missing,
      `${language} lacks an accepted and a rejected reference solution in a function problem using: ${missing.join(', ')}`,
    ).toEqual([]);
    expect(coverageSet(packages, language).length).toBeGreaterThan(0);
  });
});
