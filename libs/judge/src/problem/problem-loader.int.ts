import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findProblemDirs,
  loadProblemPackage,
  loadProblemPackageWithIssues,
  UNRESOLVED_TIME_LIMIT_MS,
} from './problem-loader';
import { ProblemPackageException } from './problem.exception';

const KATTIS = resolve(__dirname, '../../../../test/kattis');
let tmp: string;

/** Writes a package from a path → content map into a fresh folder. */
async function pkg(name: string, files: Record<string, string>): Promise<string> {
  const dir = join(tmp, name);
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return dir;
}

const STDIO_BASE = {
  'statement/problem.en.md': '# Echo\nPrint the input.\n',
  'data/sample/1.in': '1\n',
  'data/sample/1.ans': '1\n',
  'data/sample/2.in': '2\n',
  'data/sample/2.ans': '2\n',
  'data/secret/1.in': '3\n',
  'data/secret/1.ans': '3\n',
  'submissions/accepted/echo.py': 'print(input())\n',
};
const OURS_YAML =
  'name: Echo\nuuid: 11111111-2222-4333-8444-555555555555\ntype: stdio\ndifficulty: easy\ntags: [strings]\n';

async function expectUnsupported(dir: string, message: RegExp): Promise<void> {
  const err = await loadProblemPackageWithIssues(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ProblemPackageException);
  expect((err as ProblemPackageException).code).toBe('PROBLEM_PACKAGE_UNSUPPORTED');
  expect((err as Error).message).toMatch(message);
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'tryout-loader-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('loadProblemPackage: Kattis fixtures written to the spec', () => {
  it('reads the legacy problemtools package (tex statement, custom C++ validator, nested groups, derived time limit)', async () => {
    const { pkg: p, issues } = await loadProblemPackageWithIssues(join(KATTIS, 'pairfinder'));
    expect(p.format).toBe('kattis-legacy');
    expect(p.name).toBe('Pair Finder');
    expect(p.uuid).toMatch(/^[0-9a-f-]{36}$/);
    expect(issues.filter((i) => i.level === 'error')).toEqual([]);
    expect(p.statement.format).toBe('tex');
    expect(p.limits).toMatchObject({
      timeLimitSource: 'default',
      timeLimitMs: UNRESOLVED_TIME_LIMIT_MS,
      memoryMb: 512,
      timeMultiplier: 5,
      timeSafetyMargin: 2,
    });
    expect(p.validation).toEqual({ kind: 'custom', flags: ['one_based'] });
    expect(p.validator).toMatchObject({ language: 'cpp', entry: 'validate.cpp' });
    expect(p.validator?.files.map((f) => f.path).sort()).toEqual(['validate.cpp', 'validate.h']);
    // Lexicographic order, groups nested; testdata.yaml flags inherited from data/.
    expect(p.tests.map((t) => t.name)).toEqual([
      'sample/1',
      'sample/2',
      'secret/large/01',
      'secret/large/02',
      'secret/large/03',
      'secret/small/01',
      'secret/small/02',
      'secret/small/03',
      'secret/small/04',
      'secret/small/05',
      'secret/small/06',
      'secret/small/07',
      'secret/small/08',
    ]);
    expect(p.tests.every((t) => t.validatorFlags?.join(' ') === 'one_based')).toBe(true);
    const byPath = Object.fromEntries(p.submissions.map((s) => [s.path, s]));
    expect(byPath['accepted/PairFinder.java']).toMatchObject({
      language: 'java',
      expected: ['accepted'],
      useForTimeLimit: true,
    });
    expect(byPath['run_time_error/recursion.py'].expected).toEqual(['runtime_error', 'memory_limit_exceeded']);
    expect(byPath['wrong_answer/same_index.c'].expected).toEqual(['wrong_answer']);
    expect(byPath['time_limit_exceeded/brute_force.cpp']).toMatchObject({
      expected: ['time_limit_exceeded'],
      useForTimeLimit: false,
    });
  });

  it('reads the 2025-09 package (markdown, test_group.yaml float tolerance, submissions.yaml)', async () => {
    const { pkg: p, issues } = await loadProblemPackageWithIssues(join(KATTIS, 'averagespeed'));
    expect(p.format).toBe('kattis-2025-09');
    expect(p.uuid).toBe('3d9b7f2e-5c1a-4e8b-a0f4-6b2c9d1e7a35');
    expect(issues.filter((i) => i.level === 'error')).toEqual([]);
    expect(p.statement.format).toBe('markdown');
    expect(p.limits).toMatchObject({
      timeLimitMs: 1000,
      timeLimitSource: 'explicit',
      timeMultiplier: 2,
      timeSafetyMargin: 1.5,
    });
    expect(p.validation).toEqual({ kind: 'default', flags: [] });
    expect(p.validator).toBeUndefined();
    expect(p.tests.find((t) => t.name === 'secret/huge/01')?.validatorFlags?.map(Number)).toEqual([NaN, 1e-6]);
    const byPath = Object.fromEntries(p.submissions.map((s) => [s.path, s]));
    expect(byPath['accepted/speed.ts']).toMatchObject({ language: 'typescript', useForTimeLimit: false });
    expect(byPath['accepted/printf.cpp']).toMatchObject({ language: 'cpp', useForTimeLimit: true });
    expect(byPath['wrong_answer/two_decimals.py'].expected).toEqual(['wrong_answer']);
    expect(byPath['run_time_error/fixed_buffer.rs'].expected).toEqual(['runtime_error', 'memory_limit_exceeded']);
    expect(byPath['time_limit_exceeded/rescan.cs'].language).toBe('csharp');
  });

  it('reports the interactive package as unsupported instead of judging it', async () => {
    await expectUnsupported(join(KATTIS, 'guessnumber'), /interactive problems are not supported/);
  });

  it('finds packages in a catalog folder', async () => {
    const dirs = await findProblemDirs(KATTIS);
    expect(dirs.map((d) => d.slice(KATTIS.length + 1))).toEqual(['averagespeed', 'guessnumber', 'pairfinder']);
  });
});

describe('loadProblemPackage: what we do not support is said, never judged wrongly', () => {
  it('legacy custom interactive, scoring, multi-pass, include/, test args, .files', async () => {
    await expectUnsupported(
      await pkg('inter', { ...STDIO_BASE, 'problem.yaml': 'name: X\nvalidation: custom interactive\n' }),
      /interactive/,
    );
    await expectUnsupported(
      await pkg('score', { ...STDIO_BASE, 'problem.yaml': 'name: X\ntype: scoring\n' }),
      /scoring/,
    );
    await expectUnsupported(
      await pkg('score2', {
        ...STDIO_BASE,
        'problem.yaml': 'problem_format_version: 2025-09\nname: X\ntype: [pass-fail, multi-pass]\n',
      }),
      /multi-pass/,
    );
    await expectUnsupported(
      await pkg('incl', { ...STDIO_BASE, 'problem.yaml': 'name: X\n', 'include/python3/lib.py': 'x = 1\n' }),
      /include/,
    );
    await expectUnsupported(
      await pkg('args', {
        ...STDIO_BASE,
        'problem.yaml': 'problem_format_version: 2025-09\nname: X\nuuid: 11111111-2222-4333-8444-555555555555\n',
        'data/secret/1.yaml': 'args: [--fast]\n',
      }),
      /args/,
    );
    await expectUnsupported(
      await pkg('files', { ...STDIO_BASE, 'problem.yaml': 'name: X\n', 'data/secret/1.files/extra.txt': 'x' }),
      /\.files/,
    );
    await expectUnsupported(
      await pkg('ver', { ...STDIO_BASE, 'problem.yaml': 'problem_format_version: 1999-01\nname: X\n' }),
      /problem_format_version/,
    );
    await expectUnsupported(
      await pkg('buildrun', {
        ...STDIO_BASE,
        'problem.yaml': 'name: X\nvalidation: custom\n',
        'output_validators/v/build': '#!/bin/sh\n',
        'output_validators/v/run': '#!/bin/sh\n',
      }),
      /build\/run/,
    );
  });
});

describe('loadProblemPackage: our format', () => {
  it('reads a stdio package with explicit limits and validator flags', async () => {
    const dir = await pkg('echo', {
      ...STDIO_BASE,
      'problem.yaml': `${OURS_YAML}limits: { time_limit: 0.5, memory: 128, output: 4 }\nvalidator_flags: case_sensitive\n`,
      'starters/python.py': '# start here\n',
      'solution/solution.en.md': 'Just echo.\n',
    });
    const p = await loadProblemPackage(dir);
    expect(p).toMatchObject({
      format: 'tryout',
      slug: 'echo',
      difficulty: 'easy',
      tags: ['strings'],
      limits: { timeLimitMs: 500, memoryMb: 128, outputMb: 4, timeLimitSource: 'explicit' },
      validation: { kind: 'default', flags: ['case_sensitive'] },
      starters: { python: '# start here\n' },
      solution: 'Just echo.\n',
    });
  });

  it('reads function and class signatures and checks their test files', async () => {
    const fn = await pkg('twosum', {
      ...STDIO_BASE,
      'data/sample/1.in': '[2,7,11,15]\n9\n',
      'data/sample/1.ans': '[0,1]\n',
      'data/sample/2.in': '[3,3]\n6\n',
      'data/sample/2.ans': '[0,1]\n',
      'data/secret/1.in': '[1,2]\n',
      'data/secret/1.ans': 'not json\n',
      'problem.yaml': `${OURS_YAML.replace('stdio', 'function')}function:\n  name: twoSum\n  params: [{ name: nums, type: "int[]" }, { name: target, type: int }]\n  returns: "int[]"\n  compare: any_order\n`,
    });
    const { pkg: p, issues } = await loadProblemPackageWithIssues(fn);
    expect(p.callable).toEqual({
      kind: 'function',
      name: 'twoSum',
      params: [
        { name: 'nums', type: 'int[]' },
        { name: 'target', type: 'int' },
      ],
      returns: 'int[]',
      compare: 'any_order',
    });
    expect(issues.filter((i) => i.level === 'error').map((i) => i.message)).toEqual([
      'secret/1.in: 1 lines for 2 parameters (one JSON value per parameter)',
    ]);

    const cls = await pkg('lru', {
      ...STDIO_BASE,
      'data/sample/1.in': '["LRUCache","put","get"]\n[[1],[1,1],[1]]\n',
      'data/sample/1.ans': '[null,null,1]\n',
      'data/sample/2.in': '["LRUCache","get"]\n[[1],[2]]\n',
      'data/sample/2.ans': '[null,-1]\n',
      'data/secret/1.in': '["LRUCache","fly"]\n[[1],[]]\n',
      'data/secret/1.ans': '[null,null]\n',
      'problem.yaml': `${OURS_YAML.replace('stdio', 'function')}class:\n  name: LRUCache\n  constructor: { params: [{ name: capacity, type: int }] }\n  methods:\n    - { name: get, params: [{ name: key, type: int }], returns: int }\n    - { name: put, params: [{ name: key, type: int }, { name: value, type: int }], returns: void }\n`,
    });
    const loaded = await loadProblemPackageWithIssues(cls);
    expect(loaded.pkg.callable).toMatchObject({
      kind: 'class',
      name: 'LRUCache',
      constructor: { params: [{ name: 'capacity', type: 'int' }] },
      compare: 'exact',
    });
    expect(loaded.issues.filter((i) => i.level === 'error').map((i) => i.message)).toEqual([
      'secret/1.in: unknown method fly',
    ]);

    const noCtor = await pkg('counter', {
      ...STDIO_BASE,
      'problem.yaml': `${OURS_YAML.replace('stdio', 'function')}class:\n  name: Counter\n  methods:\n    - { name: inc, returns: int }\n`,
    });
    const c = (await loadProblemPackageWithIssues(noCtor)).pkg.callable;
    expect(c?.kind === 'class' && c.constructor).toEqual({ params: [] });
  });

  it('rejects bad signatures, unknown tags and missing pieces with clear messages', async () => {
    const badType = await pkg('badtype', {
      ...STDIO_BASE,
      'problem.yaml': `${OURS_YAML.replace('stdio', 'function')}function: { name: f, params: [{ name: a, type: "map<int,int>" }], returns: int }\n`,
    });
    await expect(loadProblemPackage(badType)).rejects.toThrow(/unknown type "map<int,int>"/);
    const tags = await pkg('tags', {
      ...STDIO_BASE,
      'problem.yaml': OURS_YAML.replace('[strings]', '[strings, blockchain]'),
    });
    await expect(loadProblemPackage(tags)).rejects.toThrow(/unknown tags: blockchain/);
    const noUuid = await pkg('nouuid', { ...STDIO_BASE, 'problem.yaml': OURS_YAML.replace(/uuid: .*\n/, '') });
    await expect(loadProblemPackage(noUuid)).rejects.toThrow(/needs a uuid/);
    const {
      'data/sample/1.in': _a,
      'data/sample/1.ans': _b,
      'data/sample/2.in': _c,
      'data/sample/2.ans': _d,
      ...noSamples
    } = STDIO_BASE;
    await expect(
      loadProblemPackage(await pkg('nosamples', { ...noSamples, 'problem.yaml': OURS_YAML })),
    ).rejects.toThrow(/no sample tests/);
    const noAns = await pkg('noans', { ...STDIO_BASE, 'problem.yaml': OURS_YAML, 'data/secret/2.in': '1\n' });
    await expect(loadProblemPackage(noAns)).rejects.toThrow(/secret\/2.in has no .ans/);
    const flags = await pkg('flags', {
      ...STDIO_BASE,
      'problem.yaml': `${OURS_YAML}validator_flags: float_tolerance\n`,
    });
    await expect(loadProblemPackage(flags)).rejects.toThrow(/float_tolerance needs a non-negative number/);
    await expect(loadProblemPackageWithIssues(join(tmp, 'missing'))).rejects.toMatchObject({
      code: 'PROBLEM_PACKAGE_NOT_FOUND',
    });
  });
});

describe('loadProblemPackage: editorial and hints', () => {
  /** Warnings about learning material (the fixtures' few secret tests warn too). */
  const warnings = (issues: { level: string; message: string }[]) =>
    issues.filter((i) => i.level === 'warning' && /editorial|hint/.test(i.message)).map((i) => i.message);

  it('reads solution/solution.en.md as the editorial and solution/hints.en.md as ordered hints', async () => {
    const dir = await pkg('with-editorial', {
      ...STDIO_BASE,
      'problem.yaml': OURS_YAML,
      'solution/solution.en.md': '## Intuition\nEcho it: $O(n)$.\n',
      'solution/hints.en.md': '## Hint 1\nRead the input.\n\n## Hint 2\nPrint it back.\n',
    });
    const { pkg: p, issues } = await loadProblemPackageWithIssues(dir);
    expect(p.solution).toBe('## Intuition\nEcho it: $O(n)$.\n');
    expect(p.hints).toEqual(['Read the input.', 'Print it back.']);
    expect(warnings(issues)).toEqual([]);
  });

  it('warns, never fails, when our package lacks an editorial or hints', async () => {
    const dir = await pkg('no-editorial', { ...STDIO_BASE, 'problem.yaml': OURS_YAML });
    const { pkg: p, issues } = await loadProblemPackageWithIssues(dir);
    expect(p.solution).toBeUndefined();
    expect(p.hints).toBeUndefined();
    expect(issues.filter((i) => i.level === 'error')).toEqual([]);
    expect(warnings(issues)).toEqual([
      'no editorial (solution/solution.en.md)',
      'no hints (solution/hints.en.md, one "## " section per hint)',
    ]);
    await expect(loadProblemPackage(dir)).resolves.toMatchObject({ slug: 'no-editorial' });

    const many = await pkg('many-hints', {
      ...STDIO_BASE,
      'problem.yaml': OURS_YAML,
      'solution/solution.en.md': 'Echo.\n',
      'solution/hints.en.md': '## 1\na\n## 2\nb\n## 3\nc\n## 4\nd\n',
    });
    expect(warnings((await loadProblemPackageWithIssues(many)).issues)).toEqual(['4 hints; the catalog wants 1 to 3']);
  });

  it('leaves plain Kattis packages without hints unwarned about them', async () => {
    const { issues } = await loadProblemPackageWithIssues(join(KATTIS, 'averagespeed'));
    expect(warnings(issues)).toEqual([]);
  });
});
