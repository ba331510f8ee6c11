import { FUNCTION_LANGUAGE_IDS, LANGUAGE_IDS, type LanguageId, type ProblemType, type SignatureDto } from '@tryout/contracts';
import { generateStarter, generateStdioStarter, type JudgeableProblem, type ProblemPackage } from '@tryout/judge';
import { type CallableSpec } from '@tryout/languages';
import { stableHash } from './stable-json.util';

/** Languages a submission may use: every language for stdio, the harnessed six for function problems. */
export function allowedLanguages(type: ProblemType): LanguageId[] {
  return type === 'function' ? [...FUNCTION_LANGUAGE_IDS] : [...LANGUAGE_IDS];
}

/** The public signature: names and types only (the comparison mode is a judging detail). */
export function signatureDto(callable: CallableSpec | null | undefined): SignatureDto | null {
  if (!callable) return null;
  if (callable.kind === 'function') {
    return { kind: 'function', name: callable.name, params: callable.params.map((p) => ({ ...p })), returns: callable.returns };
  }
  return {
    kind: 'class',
    name: callable.name,
    constructorParams: callable.constructor.params.map((p) => ({ ...p })),
    methods: callable.methods.map((m) => ({ name: m.name, params: m.params.map((p) => ({ ...p })), returns: m.returns })),
  };
}

/**
 * Hash of everything that changes a verdict: tests, limits, checking, signature. A package whose
 * hash equals the latest version's gets no new version (statement or tag edits don't count).
 */
export function judgeableHash(pkg: Pick<ProblemPackage, 'type' | 'limits' | 'validation' | 'callable' | 'validator' | 'tests'>): string {
  const judgeable: Omit<JudgeableProblem, 'uuid'> = {
    type: pkg.type,
    limits: pkg.limits,
    validation: pkg.validation,
    callable: pkg.callable,
    validator: pkg.validator,
    tests: pkg.tests.map((t) => ({ name: t.name, group: t.group, input: t.input, answer: t.answer, validatorFlags: t.validatorFlags })),
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
export function startersFor(pkg: Pick<ProblemPackage, 'type' | 'callable' | 'starters'>): Partial<Record<LanguageId, string>> {
  const starters: Partial<Record<LanguageId, string>> = {};
  if (pkg.type === 'function' && pkg.callable) {
    for (const lang of FUNCTION_LANGUAGE_IDS) {
      try {
        starters[lang] = generateStarter(pkg.callable, lang);
      } catch {
        // no starter for this language
      }
    }
  }
  if (pkg.type === 'stdio') for (const lang of LANGUAGE_IDS) starters[lang] = generateStdioStarter(lang);
  return { ...starters, ...pkg.starters };
}
