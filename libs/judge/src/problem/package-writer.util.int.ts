import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemPackageFiles } from './package-writer.util';
import type { ProblemPackage } from './problem-package';
import { loadProblemPackageWithIssues } from './problem-loader';

let tmp: string;

async function writeAndLoad(pkg: ProblemPackage): Promise<{ loaded: ProblemPackage; dir: string }> {
  const dir = join(tmp, pkg.slug);
  for (const [path, text] of problemPackageFiles(pkg)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  const { pkg: loaded, issues } = await loadProblemPackageWithIssues(dir);
  expect(issues.filter((i) => i.level === 'error')).toEqual([]);
  return { loaded, dir };
}

const BASE: ProblemPackage = {
  uuid: '3c1e0d9a-6b4f-4c2d-9e8f-7a6b5c4d3e2f',
  slug: 'round-trip',
  name: 'Round Trip: "quoted" # not a comment',
  type: 'stdio',
  difficulty: 'medium',
  tags: ['math', 'strings'],
  source: 'Tryout',
  format: 'tryout',
  statement: { format: 'markdown', language: 'en', body: 'Add $a + b$.\n\n```\n## not a hint\n```\n' },
  solution: '## Intuition\nAdd.\n',
  hints: ['First hint.', 'Second hint with `code`.'],
  limits: {
    timeLimitMs: 1500,
    timeLimitSource: 'explicit',
    memoryMb: 128,
    outputMb: 4,
    timeMultiplier: 3,
    timeSafetyMargin: 2,
  },
  validation: { kind: 'default', flags: ['float_tolerance', '1e-6'] },
  tests: [
    { name: 'sample/1', group: 'sample', input: '1 2\n', answer: '3\n' },
    { name: 'secret/01', group: 'secret', input: '\uFEFFcrlf\r\nno newline at end', answer: '  spaced  \n\n' },
    { name: 'secret/g1/a', group: 'secret', input: '5 5\n', answer: '10\n', validatorFlags: ['case_sensitive'] },
  ],
  submissions: [
    {
      path: 'accepted/add.py',
      language: 'python',
      expected: ['accepted'],
      source: 'print(sum(map(int, input().split())))\n',
      useForTimeLimit: true,
    },
    {
      path: 'wrong_answer/zero.cpp',
      language: 'cpp',
      expected: ['wrong_answer'],
      source: 'int main(){}\n',
      useForTimeLimit: false,
    },
  ],
  starters: { python: 'a, b = map(int, input().split())\n' },
};

describe('problemPackageFiles', () => {
  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'package-writer-'));
  });
  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  it('writes a stdio package the loader reads back unchanged, tests byte for byte', async () => {
    const { loaded, dir } = await writeAndLoad(BASE);
    const { format: _f, ...want } = BASE;
    expect(loaded).toMatchObject({ ...want, format: 'tryout' });
    expect(loaded.tests).toEqual(BASE.tests);
    expect(await readFile(join(dir, 'data/secret/01.in'))).toEqual(Buffer.from(BASE.tests[1].input, 'utf8'));
  });

  it('writes function and design signatures, a derived limit as absent, and a custom validator', async () => {
    const fn: ProblemPackage = {
      ...BASE,
      slug: 'round-trip-fn',
      type: 'function',
      limits: { ...BASE.limits, timeLimitMs: 2000, timeLimitSource: 'derived' },
      validation: { kind: 'default', flags: [] },
      callable: {
        kind: 'class',
        name: 'Counter',
        constructor: { params: [{ name: 'start', type: 'int' }] },
        methods: [{ name: 'next', params: [], returns: 'int' }],
        compare: 'exact',
      },
      tests: [
        { name: 'sample/1', group: 'sample', input: '["Counter","next"]\n[[1],[]]\n', answer: '[null,2]\n' },
        {
          name: 'secret/1',
          group: 'secret',
          input: '["Counter","next","next"]\n[[5],[],[]]\n',
          answer: '[null,6,7]\n',
        },
      ],
      submissions: [BASE.submissions[0]],
    };
    const { loaded } = await writeAndLoad(fn);
    expect(loaded.callable).toEqual(fn.callable);
    expect(loaded.limits.timeLimitSource).toBe('default');

    const custom: ProblemPackage = {
      ...BASE,
      slug: 'round-trip-custom',
      validation: { kind: 'custom', flags: [] },
      tests: BASE.tests.map((t) => ({ ...t, validatorFlags: undefined })),
      validator: {
        language: 'python',
        entry: 'validate.py',
        files: [{ path: 'validate.py', content: 'import sys\nsys.exit(42)\n' }],
      },
    };
    const { loaded: withValidator } = await writeAndLoad(custom);
    expect(withValidator.validation.kind).toBe('custom');
    expect(withValidator.validator?.files).toEqual(custom.validator?.files);
  });

  it('refuses tests of one folder with different validator flags', () => {
    const mixed = {
      ...BASE,
      tests: [
        BASE.tests[0],
        { ...BASE.tests[1], validatorFlags: ['case_sensitive'] },
        { ...BASE.tests[1], name: 'secret/02' },
      ],
    };
    expect(() => problemPackageFiles(mixed)).toThrow(/different validator flags/);
  });
});
