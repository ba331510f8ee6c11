import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { isLanguageId, type LanguageId, languageFromFileName, type Verdict } from '@tryout/contracts';
import { splitFlags } from '../compare/default.validator';
import { parseCallableSpec } from './callable-spec.util';
import { parseSqlBlock, SQL_SCHEMA_FILE, sqlSubmissionDialects } from './sql-spec.util';
import { EDITORIAL_FILE, HINTS_FILE, parseHints } from './hints.util';
import { KNOWN_TAGS, type PackageIssue, checkProblemPackage } from './package-checks.util';
import {
  DIFFICULTIES,
  type Difficulty,
  type PackageFormat,
  type ProblemLimits,
  type ProblemPackage,
  type ProblemStatement,
  type ProblemSubmission,
  type ProblemTest,
  type ProblemValidation,
  type TestGroup,
  type ValidatorSource,
} from './problem-package';
import { ProblemPackageException, ProblemPackageExceptionCode } from './problem.exception';
import {
  expectedFromRule,
  expectedVerdictsForDirectory,
  languageFromKattisCode,
  submissionGlobMatches,
} from './submission-rules.util';

/** Defaults when a package sets no limit (per test, before language multipliers). */
export const DEFAULT_LIMITS = { memoryMb: 256, outputMb: 8, kattisMemoryMb: 1024 } as const;
/** Before the Kattis rule has run (see resolveTimeLimit), judging uses this generous placeholder. */
export const UNRESOLVED_TIME_LIMIT_MS = 10_000;

export interface LoadedPackage {
  pkg: ProblemPackage;
  /** Errors fail verify and import; warnings are shown. */
  issues: PackageIssue[];
  /** Submission files we cannot judge (multi-file, unknown language...), with why. */
  skippedSubmissions: { path: string; reason: string }[];
}

type Yaml = Record<string, unknown>;

function unsupported(dir: string, message: string): never {
  throw new ProblemPackageException(ProblemPackageExceptionCode.Unsupported, message, dir);
}
function invalid(dir: string, message: string): never {
  throw new ProblemPackageException(ProblemPackageExceptionCode.Invalid, message, dir);
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

async function isDir(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** Directory entries, sorted, without the names Kattis says to ignore (leading `.` or `-`). */
async function list(dir: string): Promise<{ name: string; dir: boolean }[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const out: { name: string; dir: boolean }[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name.startsWith('-')) continue;
    // stat follows in-package symlinks (allowed by the spec).
    out.push({ name: e.name, dir: e.isDirectory() || (e.isSymbolicLink() && (await isDir(join(dir, e.name)))) });
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

async function readYaml(path: string, dir: string): Promise<Yaml | undefined> {
  if (!(await exists(path))) return undefined;
  let value: unknown;
  try {
    value = parseYaml(await readFile(path, 'utf8'));
  } catch (err) {
    invalid(dir, `${basename(path)} is not valid YAML: ${(err as Error).message}`);
  }
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) invalid(dir, `${basename(path)} must be a YAML map`);
  return value as Yaml;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

function num(value: unknown, what: string, dir: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n) || n <= 0) invalid(dir, `${what} must be a positive number`);
  return n;
}

const TRYOUT_TYPES = new Set(['stdio', 'function']);
const MODERN_VERSIONS = new Set(['2025-09', '2025-09-draft', '2023-07', '2023-07-draft', 'draft']);

function detectFormat(yaml: Yaml, dir: string): PackageFormat {
  const version = str(yaml.problem_format_version);
  if (TRYOUT_TYPES.has(str(yaml.type) ?? '') || 'difficulty' in yaml || 'function' in yaml || 'class' in yaml)
    return 'tryout';
  if (version === undefined || version === 'legacy' || version === 'legacy-icpc') return 'kattis-legacy';
  if (MODERN_VERSIONS.has(version)) return 'kattis-2025-09';
  return unsupported(dir, `problem_format_version "${version}" is not supported (legacy and 2025-09 are)`);
}

/** Rejects the Kattis problem kinds we cannot judge yet, with a message that says so. */
function rejectUnsupportedKinds(yaml: Yaml, format: PackageFormat, dir: string): void {
  if (format === 'kattis-2025-09') {
    const types = Array.isArray(yaml.type) ? yaml.type.map(String) : [str(yaml.type) ?? 'pass-fail'];
    for (const t of types) {
      if (t === 'pass-fail') continue;
      if (['interactive', 'scoring', 'multi-pass', 'submit-answer'].includes(t)) {
        unsupported(dir, `${t} problems are not supported yet (only pass-fail stdin/stdout problems)`);
      }
      invalid(dir, `unknown problem type "${t}"`);
    }
  }
  if (format === 'kattis-legacy') {
    const t = str(yaml.type) ?? 'pass-fail';
    if (t === 'scoring') unsupported(dir, 'scoring problems are not supported yet (only pass-fail)');
    if (t !== 'pass-fail') invalid(dir, `unknown problem type "${t}"`);
  }
  const validation = (str(yaml.validation) ?? 'default').split(/\s+/);
  if (validation.includes('interactive')) unsupported(dir, 'interactive problems are not supported yet');
  if (validation.includes('score')) unsupported(dir, 'scoring validators are not supported yet');
  if (validation.includes('multi-pass')) unsupported(dir, 'multi-pass problems are not supported yet');
}

/** A stable uuid for Kattis packages that have none (legacy makes it optional): derived from the folder name. */
function derivedUuid(slug: string): string {
  const h = createHash('sha1').update(`tryout-kattis:${slug}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function readStatement(dir: string): Promise<{ statement?: ProblemStatement; texName?: string }> {
  const candidates: { file: string; format: ProblemStatement['format']; language: string; rank: number }[] = [];
  for (const sub of ['statement', 'problem_statement']) {
    const folder = join(dir, sub);
    if (!(await isDir(folder))) continue;
    for (const e of await list(folder)) {
      const m = /^problem(?:\.([A-Za-z]{2,3}(?:-[A-Za-z]{2})?))?\.(md|tex|pdf)$/.exec(e.name);
      if (!m || e.dir) continue;
      const language = m[1] ?? 'en';
      const ext = m[2];
      const format = ext === 'md' ? 'markdown' : ext === 'tex' ? 'tex' : 'text';
      // Markdown first, English first.
      const rank = (ext === 'md' ? 0 : ext === 'tex' ? 10 : 20) + (language === 'en' ? 0 : 1);
      candidates.push({ file: join(folder, e.name), format, language, rank });
    }
  }
  candidates.sort((a, b) => a.rank - b.rank);
  const best = candidates[0];
  if (!best) return {};
  if (best.file.endsWith('.pdf')) {
    return {
      statement: {
        format: 'text',
        language: best.language,
        body: 'The statement of this problem is only available as a PDF.',
      },
    };
  }
  const body = await readFile(best.file, 'utf8');
  const texName = best.format === 'tex' ? /\\problemname\{([^}]*)\}/.exec(body)?.[1] : undefined;
  const plain = best.format === 'tex' ? /%%\s*plainproblemname:\s*(.+)/.exec(body)?.[1]?.trim() : undefined;
  return { statement: { format: best.format, language: best.language, body }, texName: plain ?? texName };
}

function problemName(yaml: Yaml, texName: string | undefined, slug: string): string {
  const name = yaml.name;
  if (typeof name === 'string' && name.trim()) return name.trim();
  if (name && typeof name === 'object' && !Array.isArray(name)) {
    const map = name as Record<string, unknown>;
    const en = str(map.en) ?? str(Object.values(map)[0]);
    if (en) return en;
  }
  return texName ?? slug;
}

function readLimits(yaml: Yaml, format: PackageFormat, dir: string, timelimitFile: number | undefined): ProblemLimits {
  const limits = (yaml.limits ?? {}) as Yaml;
  if (typeof limits !== 'object' || Array.isArray(limits)) invalid(dir, 'limits must be a map');
  const multipliers = (limits.time_multipliers ?? {}) as Yaml;
  const legacy = format === 'kattis-legacy';
  const timeMultiplier =
    num(multipliers.ac_to_time_limit, 'limits.time_multipliers.ac_to_time_limit', dir) ??
    num(limits.time_multiplier, 'limits.time_multiplier', dir) ??
    (legacy ? 5 : 2);
  const timeSafetyMargin =
    num(multipliers.time_limit_to_tle, 'limits.time_multipliers.time_limit_to_tle', dir) ??
    num(limits.time_safety_margin, 'limits.time_safety_margin', dir) ??
    (legacy ? 2 : 1.5);
  const explicitSeconds = num(limits.time_limit, 'limits.time_limit', dir) ?? timelimitFile;
  const memoryMb =
    num(limits.memory, 'limits.memory', dir) ??
    (format === 'tryout' ? DEFAULT_LIMITS.memoryMb : DEFAULT_LIMITS.kattisMemoryMb);
  const outputMb = num(limits.output, 'limits.output', dir) ?? DEFAULT_LIMITS.outputMb;
  return {
    timeLimitMs: explicitSeconds !== undefined ? Math.round(explicitSeconds * 1000) : UNRESOLVED_TIME_LIMIT_MS,
    timeLimitSource: explicitSeconds !== undefined ? 'explicit' : 'default',
    memoryMb,
    outputMb,
    timeMultiplier,
    timeSafetyMargin,
  };
}

function readValidation(yaml: Yaml, format: PackageFormat, hasValidator: boolean, dir: string): ProblemValidation {
  const declared = (str(yaml.validation) ?? (format === 'kattis-2025-09' && hasValidator ? 'custom' : 'default')).split(
    /\s+/,
  )[0];
  if (declared !== 'default' && declared !== 'custom')
    invalid(dir, `validation must be default or custom, got "${declared}"`);
  const flags = splitFlags(yaml.validator_flags as string | string[] | undefined);
  if (declared === 'custom' && !hasValidator)
    invalid(dir, 'validation: custom needs an output validator (output_validator/ or output_validators/)');
  return { kind: declared, flags };
}

/** A group's configuration: legacy testdata.yaml `output_validator_flags`, 2025-09 test_group.yaml `output_validator_args`. */
async function groupFlags(folder: string, inherited: string[] | undefined, dir: string): Promise<string[] | undefined> {
  let flags = inherited;
  for (const file of ['testdata.yaml', 'test_group.yaml']) {
    const y = await readYaml(join(folder, file), dir);
    if (!y) continue;
    if (str(y.grading) === 'custom') unsupported(dir, `${file}: custom graders (scoring) are not supported`);
    const raw = y.output_validator_args ?? y.output_validator_flags;
    if (raw === undefined) continue;
    if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
      flags = splitFlags(str((raw as Yaml).flags) ?? '');
    } else {
      flags = splitFlags(raw as string | string[]);
    }
  }
  return flags;
}

async function collectTests(dir: string, format: PackageFormat): Promise<ProblemTest[]> {
  const data = join(dir, 'data');
  const tests: ProblemTest[] = [];
  const rootFlags = await groupFlags(data, undefined, dir);
  const walk = async (
    folder: string,
    name: string,
    group: TestGroup,
    inherited: string[] | undefined,
  ): Promise<void> => {
    const flags = await groupFlags(folder, inherited, dir);
    const entries = await list(folder);
    const names = new Set(entries.map((e) => e.name));
    for (const e of entries) {
      const path = join(folder, e.name);
      if (e.dir) {
        if (e.name.endsWith('.files'))
          unsupported(dir, `${name}/${e.name}: test cases with input files (.files) are not supported`);
        await walk(path, `${name}/${e.name}`, group, flags);
        continue;
      }
      if (e.name.endsWith('.interaction') && !names.has(e.name.replace(/\.interaction$/, '.in'))) {
        unsupported(dir, `${name}/${e.name}: interactive samples are not supported`);
      }
      if (!e.name.endsWith('.in')) continue;
      const base = e.name.slice(0, -3);
      const testName = `${name}/${base}`;
      if (!names.has(`${base}.ans`)) invalid(dir, `data/${testName}.in has no .ans file`);
      let testFlags = flags;
      const testYaml = format === 'kattis-2025-09' ? await readYaml(join(folder, `${base}.yaml`), dir) : undefined;
      if (testYaml) {
        if (testYaml.args !== undefined && (testYaml.args as unknown[]).length)
          unsupported(dir, `${testName}: command-line args for submissions are not supported`);
        if (testYaml.output_validator_args !== undefined)
          testFlags = splitFlags(testYaml.output_validator_args as string[]);
      }
      const [input, answer] = await Promise.all([
        readFile(path, 'utf8'),
        readFile(join(folder, `${base}.ans`), 'utf8'),
      ]);
      tests.push({
        name: testName,
        group,
        input,
        answer,
        ...(testFlags && testFlags.length ? { validatorFlags: testFlags } : {}),
      });
    }
  };
  for (const group of ['sample', 'secret'] as const) {
    const folder = join(data, group);
    if (await isDir(folder)) await walk(folder, group, group, rootFlags);
  }
  return tests;
}

const VALIDATOR_SOURCE_EXTS = ['.py', '.c', '.cpp', '.cc', '.cxx', '.h', '.hpp', '.hh'];

/** Reads the custom output validator: a single program (Kattis "programs": one file or one folder). */
async function readValidator(dir: string, format: PackageFormat): Promise<ValidatorSource | undefined> {
  let programDir: string | undefined;
  let singleFile: string | undefined;
  const modern = join(dir, 'output_validator');
  const legacy = join(dir, 'output_validators');
  if (await isDir(modern)) programDir = modern;
  else if (await isDir(legacy)) {
    const entries = await list(legacy);
    if (entries.length === 0) return undefined;
    if (entries.length > 1 && entries.some((e) => e.dir))
      unsupported(dir, 'several output validators are not supported (exactly one)');
    if (entries.length === 1 && entries[0].dir) programDir = join(legacy, entries[0].name);
    else if (entries.length === 1) singleFile = join(legacy, entries[0].name);
    else programDir = legacy; // several loose files: one C/C++ program split over files
  }
  if (!programDir && !singleFile) return undefined;
  const files: { path: string; content: string }[] = [];
  if (singleFile) files.push({ path: basename(singleFile), content: await readFile(singleFile, 'utf8') });
  else {
    const walk = async (folder: string, prefix: string): Promise<void> => {
      for (const e of await list(folder)) {
        if (e.dir) await walk(join(folder, e.name), `${prefix}${e.name}/`);
        else files.push({ path: `${prefix}${e.name}`, content: await readFile(join(folder, e.name), 'utf8') });
      }
    };
    await walk(programDir as string, '');
  }
  if (files.some((f) => f.path === 'build' || f.path === 'run')) {
    unsupported(dir, 'output validators with build/run scripts are not supported (C, C++ or Python sources are)');
  }
  const sources = files.filter((f) => VALIDATOR_SOURCE_EXTS.some((ext) => f.path.endsWith(ext)));
  const py = sources.filter((f) => f.path.endsWith('.py'));
  const cpp = sources.filter((f) => /\.(cpp|cc|cxx)$/.test(f.path));
  const c = sources.filter((f) => f.path.endsWith('.c'));
  let language: LanguageId;
  let entry: string;
  if (cpp.length) {
    language = 'cpp';
    entry = cpp[0].path;
  } else if (c.length) {
    language = 'c';
    entry = c[0].path;
  } else if (py.length) {
    language = 'python';
    entry = py.find((f) => f.path === '__main__.py')?.path ?? py[0].path;
    if (py.length > 1 && !py.some((f) => f.path === '__main__.py'))
      unsupported(dir, 'a multi-file Python validator needs __main__.py');
  } else {
    return unsupported(
      dir,
      `output validator language not supported (${files.map((f) => f.path).join(', ') || 'no files'}); use C, C++ or Python`,
    );
  }
  void format;
  return { language, files, entry };
}

async function readStarters(dir: string): Promise<Partial<Record<LanguageId, string>>> {
  const folder = join(dir, 'starters');
  const starters: Partial<Record<LanguageId, string>> = {};
  if (!(await isDir(folder))) return starters;
  for (const e of await list(folder)) {
    if (e.dir) continue;
    const stem = e.name.replace(/\.[^.]+$/, '');
    const language = isLanguageId(stem) ? stem : languageFromFileName(e.name);
    if (language) starters[language] = await readFile(join(folder, e.name), 'utf8');
  }
  return starters;
}

interface SubmissionRule {
  pattern: string;
  expected?: Verdict[];
  language?: LanguageId;
  useForTimeLimit?: boolean;
}

async function readSubmissions(
  dir: string,
  format: PackageFormat,
  issues: PackageIssue[],
  sqlDialects?: readonly LanguageId[],
): Promise<{ submissions: ProblemSubmission[]; skipped: { path: string; reason: string }[] }> {
  const folder = join(dir, 'submissions');
  const submissions: ProblemSubmission[] = [];
  const skipped: { path: string; reason: string }[] = [];
  if (!(await isDir(folder))) return { submissions, skipped };
  const rules: SubmissionRule[] = [];
  const yaml = await readYaml(join(folder, 'submissions.yaml'), dir);
  for (const [pattern, value] of Object.entries(yaml ?? {})) {
    if (!value || typeof value !== 'object') continue;
    const v = value as Yaml;
    const rule: SubmissionRule = { pattern };
    if (v.permitted !== undefined || v.required !== undefined) {
      rule.expected = expectedFromRule({
        permitted: Array.isArray(v.permitted) ? v.permitted.map(String) : undefined,
        required: Array.isArray(v.required) ? v.required.map(String) : undefined,
      });
    }
    if (typeof v.language === 'string') {
      rule.language = languageFromKattisCode(v.language) ?? (isLanguageId(v.language) ? v.language : undefined);
      if (!rule.language)
        issues.push({
          level: 'warning',
          message: `submissions.yaml: ${pattern}: language "${v.language}" is not one we run`,
        });
    }
    if (v.use_for_time_limit !== undefined) rule.useForTimeLimit = v.use_for_time_limit !== false;
    const groupKeys = Object.keys(v).filter(
      (k) => k === 'sample' || k === 'secret' || k.startsWith('sample/') || k.startsWith('secret/'),
    );
    if (groupKeys.length)
      issues.push({
        level: 'warning',
        message: `submissions.yaml: ${pattern}: per-test-group rules are not checked (${groupKeys.join(', ')})`,
      });
    rules.push(rule);
  }
  for (const verdictDir of await list(folder)) {
    if (!verdictDir.dir) continue;
    const defaults = expectedVerdictsForDirectory(verdictDir.name, format);
    for (const e of await list(join(folder, verdictDir.name))) {
      const path = `${verdictDir.name}/${e.name}`;
      let expected = defaults;
      let language: LanguageId | undefined;
      let useForTimeLimit: boolean | undefined;
      for (const rule of rules) {
        if (!submissionGlobMatches(rule.pattern, path)) continue;
        if (rule.expected) {
          // The folder's own key replaces its defaults; other globs add requirements.
          const narrowed =
            rule.pattern === verdictDir.name || !expected
              ? rule.expected
              : expected.filter((v) => rule.expected?.includes(v));
          expected = narrowed.length ? narrowed : rule.expected;
        }
        if (rule.language) language = rule.language;
        if (rule.useForTimeLimit !== undefined) useForTimeLimit = rule.useForTimeLimit;
      }
      if (!expected) {
        skipped.push({ path, reason: `submissions/${verdictDir.name}/ is not a verdict folder we check` });
        continue;
      }
      let file = join(folder, path);
      let fileName = e.name;
      if (e.dir) {
        const inner = (await list(file)).filter((f) => !f.dir);
        if (inner.length !== 1) {
          skipped.push({ path, reason: 'multi-file submissions are not supported' });
          continue;
        }
        file = join(file, inner[0].name);
        fileName = inner[0].name;
      }
      if (sqlDialects && !language) {
        // SQL: `x.sql` is judged in every offered dialect, `x.<dialect>.sql` in that one.
        const dialects = sqlSubmissionDialects(fileName, sqlDialects);
        if (typeof dialects === 'string') {
          skipped.push({ path, reason: dialects });
          continue;
        }
        const source = await readFile(file, 'utf8');
        for (const dialect of dialects)
          submissions.push({
            path,
            language: dialect,
            expected,
            source,
            useForTimeLimit: useForTimeLimit ?? (expected.length === 1 && expected[0] === 'accepted'),
          });
        continue;
      }
      language ??= languageFromFileName(fileName);
      if (!language) {
        skipped.push({ path, reason: 'language not supported' });
        continue;
      }
      const source = await readFile(file, 'utf8');
      if (language === 'python' && /^#!.*python2/.test(source)) {
        skipped.push({ path, reason: 'Python 2 is not supported' });
        continue;
      }
      submissions.push({
        path,
        language,
        expected,
        source,
        useForTimeLimit: useForTimeLimit ?? (expected.length === 1 && expected[0] === 'accepted'),
      });
    }
  }
  return { submissions, skipped };
}

/**
 * Reads a problem package folder: ours or plain Kattis (legacy or 2025-09). Throws
 * ProblemPackageException for what cannot be read or judged; everything else becomes issues.
 */
export async function loadProblemPackageWithIssues(dir: string): Promise<LoadedPackage> {
  const yaml = await readYaml(join(dir, 'problem.yaml'), dir);
  if (!yaml)
    throw new ProblemPackageException(
      ProblemPackageExceptionCode.NotFound,
      'no problem.yaml: not a problem package',
      dir,
    );
  const slug = basename(dir.replace(/\/+$/, ''));
  const format = detectFormat(yaml, dir);
  rejectUnsupportedKinds(yaml, format, dir);
  const issues: PackageIssue[] = [];
  if (await isDir(join(dir, 'include'))) {
    if ((await list(join(dir, 'include'))).length) unsupported(dir, 'included code (include/) is not supported');
  }

  const type = format === 'tryout' ? (str(yaml.type) ?? 'stdio') : 'stdio';
  if (type !== 'stdio' && type !== 'function' && type !== 'sql')
    invalid(dir, `type must be stdio, function or sql, got "${type}"`);
  let difficulty: Difficulty = 'medium';
  if (yaml.difficulty !== undefined || format === 'tryout') {
    const d = str(yaml.difficulty);
    if (!d || !(DIFFICULTIES as readonly string[]).includes(d))
      invalid(dir, `difficulty must be easy, medium or hard, got "${d ?? ''}"`);
    difficulty = d as Difficulty;
  }
  let tags: string[];
  if (Array.isArray(yaml.tags)) tags = yaml.tags.map(String);
  else if (Array.isArray(yaml.keywords)) tags = yaml.keywords.map(String);
  else if (typeof yaml.keywords === 'string') tags = yaml.keywords.split(/\s+/).filter(Boolean);
  else tags = [];
  if (format !== 'tryout') {
    // Kattis keywords are free-form: keep the ones our catalog knows.
    const dropped = tags.filter((t) => !(KNOWN_TAGS as readonly string[]).includes(t));
    if (dropped.length)
      issues.push({ level: 'warning', message: `keywords not in our tag list ignored: ${dropped.join(', ')}` });
    tags = tags.filter((t) => (KNOWN_TAGS as readonly string[]).includes(t));
  }

  let uuid = str(yaml.uuid);
  if (!uuid) {
    if (format === 'kattis-legacy') {
      uuid = derivedUuid(slug);
      issues.push({
        level: 'warning',
        message: `no uuid in problem.yaml; using ${uuid}, derived from the folder name`,
      });
    } else {
      issues.push({ level: 'error', message: 'problem.yaml needs a uuid' });
      uuid = derivedUuid(slug);
    }
  } else if (!UUID_PATTERN.test(uuid)) {
    issues.push({ level: 'error', message: `uuid "${uuid}" is not a UUID` });
  }

  let number: number | undefined;
  if (yaml.number !== undefined) {
    if (
      typeof yaml.number === 'number' &&
      Number.isInteger(yaml.number) &&
      yaml.number >= 1 &&
      yaml.number <= 1_000_000
    )
      number = yaml.number;
    else
      issues.push({
        level: 'error',
        message: `number must be a whole number from 1 to 1000000, got "${JSON.stringify(yaml.number)}"`,
      });
  }

  const { statement, texName } = await readStatement(dir);
  if (!statement)
    issues.push({
      level: 'error',
      message: 'no statement (statement/problem.en.md, or Kattis problem_statement/problem.en.tex)',
    });

  let timelimitFile: number | undefined;
  if (await exists(join(dir, '.timelimit'))) {
    timelimitFile = num((await readFile(join(dir, '.timelimit'), 'utf8')).trim(), '.timelimit', dir);
  }
  const limits = readLimits(yaml, format, dir, timelimitFile);
  const validator = await readValidator(dir, format);
  const validation = readValidation(yaml, format, validator !== undefined, dir);
  if (validator && validation.kind === 'default') {
    issues.push({ level: 'warning', message: 'an output validator exists but validation is default: it is not used' });
  }

  let callable: ProblemPackage['callable'];
  if (type === 'function') {
    const parsed = parseCallableSpec(yaml);
    if (!parsed.spec) invalid(dir, parsed.errors.join('; '));
    callable = parsed.spec;
    if (validation.kind === 'custom')
      unsupported(dir, 'custom validators for function problems are not supported (use compare:)');
  }

  let sql: ProblemPackage['sql'];
  if (type === 'sql') {
    const parsed = parseSqlBlock(yaml.sql);
    if (!parsed.spec) invalid(dir, parsed.errors.join('; '));
    const schemaFile = join(dir, SQL_SCHEMA_FILE);
    if (!(await exists(schemaFile)))
      invalid(dir, `a sql problem needs ${SQL_SCHEMA_FILE} (its CREATE TABLE statements)`);
    sql = { schema: await readFile(schemaFile, 'utf8'), ...parsed.spec };
    if (validation.kind === 'custom') unsupported(dir, 'custom validators for sql problems are not supported');
  }

  const tests = await collectTests(dir, format);
  const { submissions, skipped } = await readSubmissions(dir, format, issues, sql?.dialects);
  const solutionFile = join(dir, EDITORIAL_FILE);
  const hintsFile = join(dir, HINTS_FILE);
  const hints = (await exists(hintsFile)) ? parseHints(await readFile(hintsFile, 'utf8')) : [];
  const pkg: ProblemPackage = {
    uuid,
    slug,
    ...(number !== undefined ? { number } : {}),
    name: problemName(yaml, texName, slug),
    type,
    difficulty,
    tags,
    ...(str(yaml.source) ? { source: str(yaml.source) } : {}),
    format,
    statement: statement ?? { format: 'text', language: 'en', body: '' },
    ...((await exists(solutionFile)) ? { solution: await readFile(solutionFile, 'utf8') } : {}),
    ...(hints.length ? { hints } : {}),
    limits,
    validation: validation.kind === 'custom' ? validation : { kind: 'default', flags: validation.flags },
    ...(callable ? { callable } : {}),
    ...(sql ? { sql } : {}),
    tests,
    ...(validator && validation.kind === 'custom' ? { validator } : {}),
    submissions,
    starters: await readStarters(dir),
  };
  issues.push(...checkProblemPackage(pkg));
  for (const s of skipped) issues.push({ level: 'warning', message: `submissions/${s.path}: skipped, ${s.reason}` });
  return { pkg, issues, skippedSubmissions: skipped };
}

/** A package's signature and reference solutions, without its tests: what planning a verify needs. */
export type ProblemOutline = Pick<ProblemPackage, 'slug' | 'type' | 'callable' | 'submissions'>;

/** Reads only problem.yaml and submissions/ (quick, whatever the size of the tests). */
export async function loadProblemOutline(dir: string): Promise<ProblemOutline> {
  const yaml = await readYaml(join(dir, 'problem.yaml'), dir);
  if (!yaml)
    throw new ProblemPackageException(
      ProblemPackageExceptionCode.NotFound,
      'no problem.yaml: not a problem package',
      dir,
    );
  const format = detectFormat(yaml, dir);
  const declared = format === 'tryout' ? str(yaml.type) : undefined;
  const type = declared === 'function' || declared === 'sql' ? declared : 'stdio';
  const parsed = type === 'function' ? parseCallableSpec(yaml) : undefined;
  if (parsed && !parsed.spec) invalid(dir, parsed.errors.join('; '));
  const sqlBlock = type === 'sql' ? parseSqlBlock(yaml.sql) : undefined;
  if (sqlBlock && !sqlBlock.spec) invalid(dir, sqlBlock.errors.join('; '));
  const { submissions } = await readSubmissions(dir, format, [], sqlBlock?.spec?.dialects);
  return {
    slug: basename(dir.replace(/\/+$/, '')),
    type,
    ...(parsed?.spec ? { callable: parsed.spec } : {}),
    submissions,
  };
}

/** Reads a package; throws when it has errors (see loadProblemPackageWithIssues for the issues). */
export async function loadProblemPackage(dir: string): Promise<ProblemPackage> {
  const { pkg, issues } = await loadProblemPackageWithIssues(dir);
  const errors = issues.filter((i) => i.level === 'error');
  if (errors.length) invalid(dir, errors.map((e) => e.message).join('; '));
  return pkg;
}

/** Problem package folders under a catalog folder (or the folder itself when it is a package). */
export async function findProblemDirs(root: string): Promise<string[]> {
  if (await exists(join(root, 'problem.yaml'))) return [root];
  const dirs: string[] = [];
  for (const e of await list(root)) {
    if (e.dir && (await exists(join(root, e.name, 'problem.yaml')))) dirs.push(join(root, e.name));
  }
  return dirs;
}
