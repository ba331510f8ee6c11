import type { FunctionLanguageId } from '@tryout/contracts';
import { type CallableSpec, functionSupport, type GeneratedHarness, resolveSpec } from '@tryout/languages';

/**
 * The files (and compile/run argv where they differ from the pack's) that run a candidate's
 * LeetCode-style function or class against one test, from the language's pack. The protocol:
 * libs/languages/src/harness/README.md.
 */
export function generateHarness(
  spec: CallableSpec,
  language: FunctionLanguageId,
  candidateSource: string,
): GeneratedHarness {
  return functionSupport(language).harness(resolveSpec(spec), candidateSource);
}
