import type { LanguageId, Verdict } from '@tryout/contracts';
import type { PackageFormat } from './problem-package';

const REJECTED: Verdict[] = [
  'wrong_answer',
  'time_limit_exceeded',
  'runtime_error',
  'memory_limit_exceeded',
  'output_limit_exceeded',
];

/**
 * Expected final verdicts of a submission by its `submissions/<dir>/`. Kattis has no separate
 * memory verdict (a process killed for memory "crashes"), so its run_time_error also admits ours.
 * `undefined`: not a folder we judge (e.g. scoring's partially_accepted).
 */
export function expectedVerdictsForDirectory(dir: string, format: PackageFormat): Verdict[] | undefined {
  const kattis = format !== 'tryout';
  switch (dir) {
    case 'accepted':
      return ['accepted'];
    case 'wrong_answer':
      return ['wrong_answer'];
    case 'time_limit_exceeded':
      return ['time_limit_exceeded'];
    case 'run_time_error':
    case 'runtime_error':
      return kattis ? ['runtime_error', 'memory_limit_exceeded'] : ['runtime_error'];
    case 'memory_limit_exceeded':
      return ['memory_limit_exceeded'];
    case 'output_limit_exceeded':
      return ['output_limit_exceeded'];
    case 'compile_error':
      return ['compile_error'];
    case 'rejected':
      return REJECTED;
    case 'brute_force':
      return ['time_limit_exceeded', 'runtime_error', 'memory_limit_exceeded'];
    default:
      return undefined;
  }
}

const KATTIS_VERDICTS: Record<string, Verdict[]> = {
  AC: ['accepted'],
  WA: ['wrong_answer'],
  TLE: ['time_limit_exceeded'],
  RTE: ['runtime_error', 'memory_limit_exceeded'],
  // Our extensions, accepted in our own packages' submissions.yaml.
  MLE: ['memory_limit_exceeded'],
  OLE: ['output_limit_exceeded'],
  CE: ['compile_error'],
};

/** Maps Kattis verdict codes (`AC`, `WA`, `TLE`, `RTE`) to ours; unknown codes are returned apart. */
export function mapKattisVerdicts(codes: readonly string[]): { verdicts: Verdict[]; unknown: string[] } {
  const verdicts = new Set<Verdict>();
  const unknown: string[] = [];
  for (const code of codes) {
    const mapped = KATTIS_VERDICTS[code.toUpperCase()];
    if (mapped) mapped.forEach((v) => verdicts.add(v));
    else unknown.push(code);
  }
  return { verdicts: [...verdicts], unknown };
}

/**
 * The final verdicts a submissions.yaml rule admits when judging stops at the first failing test:
 * the failing test's verdict must be both permitted and required (tests before it are accepted).
 */
export function expectedFromRule(rule: { permitted?: string[]; required?: string[] }): Verdict[] {
  const permitted = rule.permitted ? mapKattisVerdicts(rule.permitted).verdicts : undefined;
  const required = rule.required ? mapKattisVerdicts(rule.required).verdicts : undefined;
  if (permitted && permitted.length === 1 && permitted[0] === 'accepted') return ['accepted'];
  const base = required ?? permitted ?? ['accepted', ...REJECTED];
  return permitted ? base.filter((v) => permitted.includes(v)) : base;
}

/** Expands `{a,b}` alternatives (brace expansion, no nesting needed by the spec's examples). */
function expandBraces(pattern: string): string[] {
  const m = /\{([^{}]*)\}/.exec(pattern);
  if (!m) return [pattern];
  const before = pattern.slice(0, m.index);
  const after = pattern.slice(m.index + m[0].length);
  return m[1].split(',').flatMap((alt) => expandBraces(before + alt + after));
}

function globToRegExp(glob: string): RegExp {
  const body = glob
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]*');
  return new RegExp(`^${body}$`);
}

/**
 * Whether a submissions.yaml glob matches a submission path (relative to `submissions/`):
 * the path itself or any parent folder; `*` stays inside one path segment; braces expand.
 */
export function submissionGlobMatches(pattern: string, path: string): boolean {
  const segments = path.split('/');
  const candidates = segments.map((_, i) => segments.slice(0, i + 1).join('/'));
  return expandBraces(pattern.replace(/\/+$/, '')).some((alt) => {
    const re = globToRegExp(alt);
    return candidates.some((c) => re.test(c));
  });
}

const KATTIS_LANGUAGE_CODES: Record<string, LanguageId> = {
  c: 'c',
  cpp: 'cpp',
  'c++': 'cpp',
  csharp: 'csharp',
  'c#': 'csharp',
  go: 'go',
  java: 'java',
  javascript: 'javascript',
  nodejs: 'javascript',
  python3: 'python',
  python: 'python',
  ruby: 'ruby',
  rust: 'rust',
  typescript: 'typescript',
};

/** Maps a Kattis language code (submissions.yaml `language`) to ours. */
export function languageFromKattisCode(code: string): LanguageId | undefined {
  return KATTIS_LANGUAGE_CODES[code.toLowerCase()];
}
