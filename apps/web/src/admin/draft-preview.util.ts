import {
  FUNCTION_LANGUAGE_IDS,
  STDIO_LANGUAGE_IDS,
  languageTimeLimitMs,
  type AuthoringCallableDto,
  type DraftContentDto,
  type ProblemDraftDto,
  type SignatureDto,
} from '@tryout/contracts';
import type { DescribedProblem } from '../problem/problem-description';

/** A draft's callable as the problem page's signature (candidates never see the compare mode). */
export function toSignature(callable: AuthoringCallableDto | null): SignatureDto | null {
  if (!callable) return null;
  if (callable.kind === 'function')
    return { kind: 'function', name: callable.name, params: callable.params, returns: callable.returns };
  return {
    kind: 'class',
    name: callable.name,
    constructorParams: callable.constructorParams,
    methods: callable.methods,
  };
}

/**
 * The draft as the problem page would show it once published (no statistics yet). The limits per
 * language come from the judge's own rule (`languageTimeLimitMs`), as the problem page's do; an
 * empty time limit shows the one the latest validation derived.
 */
export function previewOf(
  draft: Pick<ProblemDraftDto, 'tests'>,
  content: DraftContentDto,
  derivedTimeLimitMs: number | null,
): DescribedProblem {
  const timeLimitMs = content.limits.timeLimitMs ?? derivedTimeLimitMs ?? 1000;
  const languages = content.type === 'function' ? FUNCTION_LANGUAGE_IDS : STDIO_LANGUAGE_IDS;
  return {
    title: content.title,
    statement: content.statement,
    difficulty: content.difficulty,
    tags: content.tags,
    source: content.source,
    limits: { timeLimitMs, memoryMb: content.limits.memoryMb, outputMb: content.limits.outputMb },
    languageLimits: Object.fromEntries(
      languages.map((l) => [
        l,
        { timeLimitMs: languageTimeLimitMs(timeLimitMs, l), memoryMb: content.limits.memoryMb },
      ]),
    ),
    acceptanceRate: null,
    stats: { submissions: 0, accepted: 0 },
    samples: draft.tests
      .filter((t) => !t.hidden)
      .map((t) => ({ name: t.name, input: t.input ?? '', output: t.answer ?? '' })),
    signature: content.type === 'function' ? toSignature(content.callable) : null,
  };
}
