import {
  FUNCTION_LANGUAGE_IDS,
  isSqlLanguage,
  STDIO_LANGUAGE_IDS,
  type SqlProblemDto,
  type LanguageId,
  type ProblemType,
  type SignatureDto,
} from '@tryout/contracts';
import {
  generateSqlStarter,
  generateStarter,
  generateStdioStarter,
  type JudgeableProblem,
  type ProblemPackage,
} from '@tryout/judge';
import { type CallableSpec } from '@tryout/languages';
import { stableHash } from './stable-json.util';

/**
 * Languages a submission may use: every code language for stdio, those with a harness for function
 * problems, the problem's own dialects for sql problems (the packs say which types they serve).
 */
export function allowedLanguages(problem: {
  type: ProblemType;
  sql?: Pick<SqlProblemDto, 'dialects'> | null;
}): LanguageId[] {
  if (problem.type === 'sql') return (problem.sql?.dialects ?? []).filter(isSqlLanguage);
  return problem.type === 'function' ? [...FUNCTION_LANGUAGE_IDS] : [...STDIO_LANGUAGE_IDS];
}

/** The public signature: names and types only (the comparison mode is a judging detail). */
export function signatureDto(callable: CallableSpec | null | undefined): SignatureDto | null {
  if (!callable) return null;
  if (callable.kind === 'function') {
    return {
      kind: 'function',
      name: callable.name,
      params: callable.params.map((p) => ({ ...p })),
      returns: callable.returns,
    };
  }
  return {
    kind: 'class',
    name: callable.name,
    constructorParams: callable.constructor.params.map((p) => ({ ...p })),
    methods: callable.methods.map((m) => ({
      name: m.name,
      params: m.params.map((p) => ({ ...p })),
      returns: m.returns,
    })),
  };
}

/**
 * Hash of everything that changes a verdict: tests, limits, checking, signature. A package whose
 * hash equals the latest version's gets no new version (statement or tag edits don't count).
 */
export function judgeableHash(
  pkg: Pick<ProblemPackage, 'type' | 'limits' | 'validation' | 'callable' | 'sql' | 'validator' | 'tests'>,
): string {
  const judgeable: Omit<JudgeableProblem, 'uuid'> = {
    type: pkg.type,
    limits: pkg.limits,
    validation: pkg.validation,
    callable: pkg.callable,
    // Absent for other types, so their hashes stay what they were.
    ...(pkg.sql ? { sql: pkg.sql } : {}),
    validator: pkg.validator,
    tests: pkg.tests.map((t) => ({
      name: t.name,
      group: t.group,
      input: t.input,
      answer: t.answer,
      validatorFlags: t.validatorFlags,
    })),
  };
  return stableHash(judgeable);
}

/** ts_rank-friendly text: the statement without markdown/TeX punctuation noise. */
export function searchableText(statement: string): string {
  return statement.replace(/[`*_#>$\\{}[\]()|~-]+/g, ' ');
}

/**
 * Starter code per language: the package's own, else generated (function problems: from the
 * signature; stdio problems: read the input, a comment for the logic, print the answer). A generator
 * failure leaves that language without a starter rather than failing the import.
 */
export function startersFor(
  pkg: Pick<ProblemPackage, 'type' | 'callable' | 'starters' | 'sql'>,
): Partial<Record<LanguageId, string>> {
  const starters: Partial<Record<LanguageId, string>> = {};
  if (pkg.type === 'sql' && pkg.sql) {
    for (const dialect of pkg.sql.dialects) {
      try {
        starters[dialect] = generateSqlStarter(pkg.sql, dialect);
      } catch {
        // a schema the parser cannot read: no starter (the package checks report it)
      }
    }
  }
  if (pkg.type === 'function' && pkg.callable) {
    for (const lang of FUNCTION_LANGUAGE_IDS) {
      try {
        starters[lang] = generateStarter(pkg.callable, lang);
      } catch {
        // no starter for this language
      }
    }
  }
  if (pkg.type === 'stdio') for (const lang of STDIO_LANGUAGE_IDS) starters[lang] = generateStdioStarter(lang);
  return { ...starters, ...pkg.starters };
}
