import type { LanguageId, Verdict } from '@tryout/contracts';
import type { CallableSpec } from '@tryout/languages';

export const PROBLEM_TYPES = ['stdio', 'function', 'sql'] as const;
export type ProblemType = (typeof PROBLEM_TYPES)[number];

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** Which layout a package was read from. */
export type PackageFormat = 'tryout' | 'kattis-legacy' | 'kattis-2025-09';

export interface ProblemStatement {
  /** `markdown` is rendered; `tex` and `text` are shown as preformatted text. */
  format: 'markdown' | 'tex' | 'text';
  /** Statement language code, e.g. `en`. */
  language: string;
  body: string;
}

/** Resolved per-test limits, before language multipliers and baselines. */
export interface ProblemLimits {
  timeLimitMs: number;
  memoryMb: number;
  outputMb: number;
  /**
   * `explicit`: from problem.yaml or a `.timelimit` file. `derived`: the Kattis rule applied to
   * the accepted submissions (see resolveTimeLimit). `default`: neither yet, a placeholder.
   */
  timeLimitSource: 'explicit' | 'derived' | 'default';
  /** Kattis legacy rule parameters, kept so the limit can be (re)derived. */
  timeMultiplier: number;
  timeSafetyMargin: number;
}

export interface ProblemValidation {
  kind: 'default' | 'custom';
  /** Validator flags as argv tokens (default-validator options or custom-validator args). */
  flags: string[];
}

export type TestGroup = 'sample' | 'secret';

export interface ProblemTest {
  /** Path-like name without extension, unique in the package: `sample/1`, `secret/g1/03`. */
  name: string;
  group: TestGroup;
  input: string;
  answer: string;
  /** Flags for this test's output validator, when its group's testdata.yaml overrides them. */
  validatorFlags?: string[];
}

export interface ProblemSourceFile {
  /** Path relative to the validator's folder. */
  path: string;
  content: string;
}

/** A Kattis custom output validator, compiled and run inside the sandbox. */
export interface ValidatorSource {
  language: LanguageId;
  files: ProblemSourceFile[];
  /** The file compiled or run as the validator's entry point. */
  entry: string;
}

/** A submission's expected verdicts: any of them counts as matching. */
export interface ProblemSubmission {
  /** Relative to the package's `submissions/` folder, e.g. `accepted/sol.py`. */
  path: string;
  language: LanguageId;
  expected: Verdict[];
  source: string;
  /** Whether the Kattis time-limit rule uses this submission (accepted ones by default). */
  useForTimeLimit: boolean;
}

/** `type: sql`: the schema every test starts from and how results are compared (docs/problem-format.md, "SQL problems"). */
export interface SqlSpec {
  /** schema.sql: CREATE TABLE statements, loaded before each test's data script. */
  schema: string;
  /** The dialects offered: ids of SQL language packs (`postgresql`, `sqlite`). */
  dialects: LanguageId[];
  /** Whether row order is compared (else rows compare as a multiset). */
  ordered: boolean;
}

/** A problem package in memory: what the loader produces and the database stores. */
export interface ProblemPackage {
  uuid: string;
  slug: string;
  /** Wanted catalog number (`number:`); used only when the problem is first imported. */
  number?: number;
  name: string;
  type: ProblemType;
  difficulty: Difficulty;
  tags: string[];
  source?: string;
  format: PackageFormat;
  statement: ProblemStatement;
  /** Editorial (Markdown), when `solution/solution.en.md` exists. */
  solution?: string;
  /** Progressive hints from `solution/hints.en.md`, in order (absent or empty: none). */
  hints?: string[];
  limits: ProblemLimits;
  validation: ProblemValidation;
  /** Only for `type: function`. */
  callable?: CallableSpec;
  /** Only for `type: sql`. */
  sql?: SqlSpec;
  tests: ProblemTest[];
  validator?: ValidatorSource;
  submissions: ProblemSubmission[];
  /** Explicit starters from `starters/<language>.<ext>`; others are generated from `callable`. */
  starters: Partial<Record<LanguageId, string>>;
}

/**
 * What judging needs, and all of it: the worker rebuilds this from database rows
 * (problem version + its tests) without the package files.
 */
export type JudgeableProblem = Pick<
  ProblemPackage,
  'type' | 'limits' | 'validation' | 'callable' | 'sql' | 'tests' | 'validator'
> & {
  /** For logs and validator owner ids only. */
  uuid: string;
};

/** Narrows a package to what judging needs. */
export function judgeableProblem(pkg: ProblemPackage): JudgeableProblem {
  const { uuid, type, limits, validation, callable, sql, tests, validator } = pkg;
  return { uuid, type, limits, validation, callable, ...(sql ? { sql } : {}), tests, validator };
}
