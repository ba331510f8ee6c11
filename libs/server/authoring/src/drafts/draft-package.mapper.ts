import {
  LANGUAGE_IDS,
  type AuthoringCallableDto,
  type DraftContentDto,
  type LanguageId,
  type ProblemType,
  type ValidationErrorDetail,
} from '@tryout/contracts';
import {
  DEFAULT_LIMITS,
  expectedVerdictsForDirectory,
  KNOWN_TAGS,
  UNRESOLVED_TIME_LIMIT_MS,
  type ProblemLimits,
  type ProblemPackage,
  type ProblemTest,
} from '@tryout/judge';
import { isCompareMode, parseTypeName, type CallableSpec } from '@tryout/languages';
import {
  judgeableHash,
  stableHash,
  startersFor,
  type ProblemEntity,
  type ProblemTestEntity,
  type ProblemVersionEntity,
} from '@tryout/server-problems';

/** What a draft test needs to become a package test. */

/** SQL problems are written as packages for now: the editor has no schema or result-set fields. */
export const AUTHORED_PROBLEM_TYPES = ['stdio', 'function'] as const;
export const SQL_AUTHORING_REFUSAL =
  'sql problems are authored as packages (problems/<slug> with schema.sql, docs/problem-format.md), not in the editor yet';

export interface DraftTestLike {
  name: string;
  hidden: boolean;
  input: string;
  answer: string;
  validatorFlags: string[] | null;
}

export const DEFAULT_TIME_MULTIPLIER = 2;
export const DEFAULT_TIME_SAFETY_MARGIN = 1.5;

export function emptyDraftContent(slug: string, title: string, type: ProblemType): DraftContentDto {
  return {
    slug,
    title,
    type,
    difficulty: 'easy',
    tags: [],
    source: null,
    statement: '',
    editorial: null,
    hints: [],
    limits: {
      timeLimitMs: null,
      memoryMb: DEFAULT_LIMITS.memoryMb,
      outputMb: DEFAULT_LIMITS.outputMb,
      timeMultiplier: DEFAULT_TIME_MULTIPLIER,
      timeSafetyMargin: DEFAULT_TIME_SAFETY_MARGIN,
    },
    checking: { kind: 'default', flags: [] },
    callable:
      type === 'function' ? { kind: 'function', name: 'solve', params: [], returns: 'int', compare: 'exact' } : null,
    starters: {},
    solutions: [],
    validator: null,
  };
}

export function callableToDto(spec: CallableSpec | null | undefined): AuthoringCallableDto | null {
  if (!spec) return null;
  if (spec.kind === 'function')
    return { kind: 'function', name: spec.name, params: spec.params, returns: spec.returns, compare: spec.compare };
  return {
    kind: 'class',
    name: spec.name,
    constructorParams: spec.constructor.params,
    methods: spec.methods,
    compare: spec.compare,
  };
}

export function callableFromDto(dto: AuthoringCallableDto | null): CallableSpec | undefined {
  if (!dto) return undefined;
  if (dto.kind === 'function')
    return {
      kind: 'function',
      name: dto.name,
      params: dto.params,
      returns: dto.returns,
      compare: dto.compare as CallableSpec['compare'],
    };
  return {
    kind: 'class',
    name: dto.name,
    constructor: { params: dto.constructorParams },
    methods: dto.methods,
    compare: dto.compare as CallableSpec['compare'],
  };
}

/** Test names inside a draft carry no group: `sample/1` → `1`. */
export function draftTestName(name: string): string {
  return name.replace(/^(sample|secret)\//, '');
}

/**
 * A published problem as draft content. A derived time limit becomes "derive again" (null): the
 * Kattis rule rounds to whole seconds, so an unchanged problem derives the same limit.
 */
export function draftContentFromProblem(problem: ProblemEntity, version: ProblemVersionEntity): DraftContentDto {
  const explicit = version.limits.timeLimitSource === 'explicit';
  return {
    slug: problem.slug,
    title: problem.title,
    type: version.type,
    difficulty: problem.difficulty,
    tags: [...problem.tags],
    source: problem.source,
    statement: problem.statement,
    editorial: problem.editorial,
    hints: [...problem.hints],
    limits: {
      timeLimitMs: explicit ? version.limits.timeLimitMs : null,
      memoryMb: version.limits.memoryMb,
      outputMb: version.limits.outputMb,
      timeMultiplier: version.limits.timeMultiplier,
      timeSafetyMargin: version.limits.timeSafetyMargin,
    },
    checking: { kind: version.validation.kind, flags: [...version.validation.flags] },
    callable: callableToDto(version.callable),
    // Only the problem's own starters: generated ones are generated again at publish (from the
    // signature as it is then).
    starters: ownStarters(problem),
    solutions: problem.referenceSolutions.map((s) => ({
      path: s.path,
      language: s.language,
      expected: s.expected,
      source: s.source,
    })),
    validator: version.validator
      ? { language: version.validator.language, entry: version.validator.entry, files: version.validator.files }
      : null,
  };
}

/** The starters that differ from what would be generated (those a package's starters/ folder set). */
export function ownStarters(
  problem: Pick<ProblemEntity, 'type' | 'callable' | 'starters'>,
): Partial<Record<LanguageId, string>> {
  const generated = startersFor({ type: problem.type, callable: problem.callable ?? undefined, starters: {} });
  return Object.fromEntries(
    Object.entries(problem.starters).filter(([lang, source]) => generated[lang as LanguageId] !== source),
  );
}

export function draftTestsFromVersion(rows: ProblemTestEntity[]): DraftTestLike[] {
  return rows.map((r) => ({
    name: draftTestName(r.name),
    hidden: r.hidden,
    input: r.input,
    answer: r.answer,
    validatorFlags: r.validatorFlags,
  }));
}

/**
 * How `tryout import` orders a folder's tests: entry names sorted per folder level, a test's file
 * being `<name>.in`. A draft judges in the same order, so a published version and its zip agree.
 */
export function comparePackageTestNames(a: string, b: string): number {
  const sa = a.split('/');
  const sb = b.split('/');
  sa[sa.length - 1] += '.in';
  sb[sb.length - 1] += '.in';
  for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
    if (sa[i] !== sb[i]) return sa[i] < sb[i] ? -1 : 1;
  }
  return sa.length - sb.length;
}

/** Draft tests in judging order: samples first, each group in package order of names. */
export function orderedTests<T extends { hidden: boolean; name: string }>(tests: T[]): T[] {
  const byName = (x: T, y: T) => comparePackageTestNames(x.name, y.name);
  return [...tests.filter((t) => !t.hidden).sort(byName), ...tests.filter((t) => t.hidden).sort(byName)];
}

/**
 * Names that put tests in the wanted order: a two-digit (or wider) position prefix replaces any
 * earlier one (`big` → `03-big`, `07` → `02`). Only flat names: nested ones keep their folders.
 */
export function renumberedNames(names: string[]): string[] {
  const width = Math.max(2, String(names.length).length);
  return names.map((name, i) => {
    const rest = name.replace(/^[0-9]+(?:-|$)/, '');
    const number = String(i + 1).padStart(width, '0');
    return rest ? `${number}-${rest}` : number;
  });
}

export function limitsFromContent(content: DraftContentDto, derivedMs?: number): ProblemLimits {
  const l = content.limits;
  return {
    timeLimitMs: l.timeLimitMs ?? derivedMs ?? UNRESOLVED_TIME_LIMIT_MS,
    timeLimitSource: l.timeLimitMs !== null ? 'explicit' : derivedMs !== undefined ? 'derived' : 'default',
    memoryMb: l.memoryMb,
    outputMb: l.outputMb,
    timeMultiplier: l.timeMultiplier,
    timeSafetyMargin: l.timeSafetyMargin,
  };
}

/** The draft as a package: what verify judges and what publish stores (the importer's shape). */
export function draftToPackage(
  problemId: string,
  content: DraftContentDto,
  tests: DraftTestLike[],
  derivedTimeLimitMs?: number,
): ProblemPackage {
  const packageTests: ProblemTest[] = orderedTests(tests).map((t) => ({
    name: `${t.hidden ? 'secret' : 'sample'}/${t.name}`,
    group: t.hidden ? 'secret' : 'sample',
    input: t.input,
    answer: t.answer,
    ...(t.validatorFlags?.length ? { validatorFlags: t.validatorFlags } : {}),
  }));
  const callable = content.type === 'function' ? callableFromDto(content.callable) : undefined;
  return {
    uuid: problemId,
    slug: content.slug,
    name: content.title,
    type: content.type,
    difficulty: content.difficulty,
    tags: content.tags,
    ...(content.source ? { source: content.source } : {}),
    format: 'tryout',
    statement: { format: 'markdown', language: 'en', body: content.statement },
    ...(content.editorial ? { solution: content.editorial } : {}),
    ...(content.hints.length ? { hints: content.hints } : {}),
    limits: limitsFromContent(content, derivedTimeLimitMs),
    validation: { kind: content.checking.kind, flags: content.checking.flags },
    ...(callable ? { callable } : {}),
    tests: packageTests,
    ...(content.checking.kind === 'custom' && content.validator ? { validator: content.validator } : {}),
    submissions: content.solutions.map((s) => ({
      path: s.path,
      language: s.language,
      expected: s.expected,
      source: s.source,
      useForTimeLimit: s.expected.length === 1 && s.expected[0] === 'accepted',
    })),
    starters: content.starters,
  };
}

/**
 * What a validation is bound to: the importer's judgeable hash (tests, limits, checking, signature)
 * plus the solutions. Statement, tags, editorial and starters don't change a verdict, so editing them
 * keeps a passed validation.
 */
export function draftContentHash(pkg: ProblemPackage): string {
  return stableHash({
    judgeable: judgeableHash(pkg),
    solutions: pkg.submissions.map((s) => ({
      path: s.path,
      language: s.language,
      expected: s.expected,
      source: s.source,
    })),
  });
}

/** Package folders of solutions (docs/problem-format.md): the folder is the expected verdict. */
export const SOLUTION_FOLDERS = [
  'accepted',
  'wrong_answer',
  'time_limit_exceeded',
  'run_time_error',
  'memory_limit_exceeded',
  'output_limit_exceeded',
  'compile_error',
  'rejected',
  'brute_force',
];

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
const SOLUTION_PATH = /^[A-Za-z0-9_-]+(?:\/[A-Za-z0-9_.-]+)+$/;
// Segments never start with `-` or `.`: the package loader skips such files.
const TEST_NAME = /^[A-Za-z0-9_][A-Za-z0-9_-]*(?:\/[A-Za-z0-9_][A-Za-z0-9_-]*)*$/;

export function isValidTestName(name: string): boolean {
  return name.length <= 200 && TEST_NAME.test(name);
}

/** Field errors of draft content the judge could not work with (shapes are checked by the DTOs). */
export function checkDraftContent(c: DraftContentDto): ValidationErrorDetail[] {
  const details: ValidationErrorDetail[] = [];
  const add = (field: string, error: string) => details.push({ field, errors: [error] });
  if (!SLUG.test(c.slug) || c.slug.length > 100)
    add('slug', 'lower-case letters, digits and single hyphens, at most 100 characters');
  if (!c.title.trim()) add('title', 'must not be empty');
  const known = new Set<string>(KNOWN_TAGS);
  const unknown = c.tags.filter((t) => !known.has(t));
  if (unknown.length) add('tags', `unknown tags: ${unknown.join(', ')}`);
  const l = c.limits;
  if (l.timeLimitMs !== null && (!Number.isInteger(l.timeLimitMs) || l.timeLimitMs < 100 || l.timeLimitMs > 60_000))
    add('limits.timeLimitMs', 'whole milliseconds from 100 to 60000, or null to derive it');
  if (!Number.isInteger(l.memoryMb) || l.memoryMb < 16 || l.memoryMb > 2048)
    add('limits.memoryMb', 'whole MiB from 16 to 2048');
  if (!Number.isInteger(l.outputMb) || l.outputMb < 1 || l.outputMb > 256)
    add('limits.outputMb', 'whole MiB from 1 to 256');
  if (!(l.timeMultiplier >= 1 && l.timeMultiplier <= 10)) add('limits.timeMultiplier', 'from 1 to 10');
  if (!(l.timeSafetyMargin >= 1 && l.timeSafetyMargin <= 10)) add('limits.timeSafetyMargin', 'from 1 to 10');
  if (c.type === 'sql') add('type', SQL_AUTHORING_REFUSAL);
  if (c.type === 'function') {
    if (!c.callable) add('callable', 'a function problem needs a function or class signature');
    else details.push(...checkCallable(c.callable));
  } else if (c.callable) add('callable', 'a stdio problem has no signature (set it to null)');
  if (c.checking.kind === 'custom' && c.type !== 'stdio')
    add('checking.kind', 'custom checking is for stdio problems; a function problem compares with callable.compare');
  else if (c.checking.kind === 'custom' && !c.validator) add('validator', 'custom checking needs a validator');
  if (c.validator && !c.validator.files.some((f) => f.path === c.validator?.entry))
    add('validator.entry', 'must be the path of one of the files');
  const paths = new Set<string>();
  c.solutions.forEach((s, i) => {
    if (!SOLUTION_PATH.test(s.path) || s.path.includes('..'))
      add(`solutions[${i}].path`, 'a path like accepted/sol.py');
    if (paths.has(s.path)) add(`solutions[${i}].path`, 'duplicate path');
    paths.add(s.path);
    if (!(LANGUAGE_IDS as readonly string[]).includes(s.language)) add(`solutions[${i}].language`, 'unknown language');
    const folder = expectedVerdictsForDirectory(s.path.split('/')[0], 'tryout');
    if (!folder) add(`solutions[${i}].path`, `the folder must be one of ${SOLUTION_FOLDERS.join(', ')}`);
    else if ([...folder].sort().join() !== [...s.expected].sort().join())
      add(
        `solutions[${i}].expected`,
        `a solution in ${s.path.split('/')[0]}/ is expected to end as ${folder.join(' or ')}`,
      );
  });
  for (const [lang, source] of Object.entries(c.starters)) {
    if (!(LANGUAGE_IDS as readonly string[]).includes(lang)) add(`starters.${lang}`, 'unknown language');
    else if (typeof source !== 'string' || source.length > 200_000)
      add(`starters.${lang}`, 'source text up to 200000 characters');
  }
  return details;
}

function checkCallable(c: AuthoringCallableDto): ValidationErrorDetail[] {
  const details: ValidationErrorDetail[] = [];
  const add = (field: string, error: string) => details.push({ field, errors: [error] });
  if (!IDENT.test(c.name)) add('callable.name', 'an identifier');
  if (!isCompareMode(c.compare)) add('callable.compare', 'exact, any_order, any_order_deep or float:<eps>');
  // Names must be unique: the harnesses bind parameters and dispatch methods by name.
  const unique = (field: string, names: string[], what: string) =>
    names.forEach((n, i) => {
      if (names.indexOf(n) !== i) add(`${field}[${i}].name`, `duplicate ${what} name "${n}"`);
    });
  const params = (field: string, ps: { name: string; type: string }[]) => {
    ps.forEach((p, i) => {
      if (!IDENT.test(p.name)) add(`${field}[${i}].name`, 'an identifier');
      const t = parseTypeName(p.type);
      if (!t || t.kind === 'void') add(`${field}[${i}].type`, `unknown parameter type "${p.type}"`);
    });
    unique(
      field,
      ps.map((p) => p.name),
      'parameter',
    );
  };
  const returns = (field: string, type: string) => {
    if (!parseTypeName(type)) add(field, `unknown type "${type}"`);
  };
  if (c.kind === 'function') {
    params('callable.params', c.params);
    returns('callable.returns', c.returns);
  } else {
    params('callable.constructorParams', c.constructorParams);
    c.methods.forEach((m, i) => {
      if (!IDENT.test(m.name)) add(`callable.methods[${i}].name`, 'an identifier');
      params(`callable.methods[${i}].params`, m.params);
      returns(`callable.methods[${i}].returns`, m.returns);
    });
    unique(
      'callable.methods',
      c.methods.map((m) => m.name),
      'method',
    );
    if (!c.methods.length) add('callable.methods', 'at least one method');
  }
  return details;
}

export function languageOf(id: string): LanguageId | undefined {
  return (LANGUAGE_IDS as readonly string[]).includes(id) ? (id as LanguageId) : undefined;
}
