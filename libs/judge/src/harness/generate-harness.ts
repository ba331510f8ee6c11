import type { FunctionLanguageId } from '@tryout/contracts';
import type { CallableSpec } from '../problem/function-spec';
import { HarnessException, HarnessExceptionCode } from './harness.exception';
import type { GeneratedHarness } from './harness.types';
import { generateCppHarness } from './cpp.harness';
import { generateGoHarness } from './go.harness';
import { generateJavaHarness } from './java.harness';
import { generateJavascriptHarness } from './javascript.harness';
import { generatePythonHarness } from './python.harness';
import { resolveSpec } from './signature.util';
import { generateKotlinHarness } from '../../../languages/src/kotlin/kotlin.harness';
import { generateScalaHarness } from '../../../languages/src/scala/scala.harness';

/**
 * Builds the files (and compile/run argv where they differ from LANGUAGE_RUNTIMES) that run a
 * candidate's LeetCode-style function or class against one test: stdin holds the test's `.in`,
 * the result is ONE JSON value on fd 3, the candidate's prints stay on stdout, a candidate
 * exception is a non-zero exit with its stack trace on stderr, and a harness that cannot read its
 * input or write fd 3 exits with HARNESS_ABORT_EXIT_CODE (the candidate's fault: see README.md).
 */
export function generateHarness(
  spec: CallableSpec,
  language: FunctionLanguageId,
  candidateSource: string,
): GeneratedHarness {
  const resolved = resolveSpec(spec);
  switch (language) {
    case 'python':
      return generatePythonHarness(resolved, candidateSource);
    case 'javascript':
      return generateJavascriptHarness(resolved, candidateSource, false);
    case 'typescript':
      return generateJavascriptHarness(resolved, candidateSource, true);
    case 'java':
      return generateJavaHarness(resolved, candidateSource);
    case 'cpp':
      return generateCppHarness(resolved, candidateSource);
    case 'go':
      return generateGoHarness(resolved, candidateSource);
    case 'kotlin':
      return generateKotlinHarness(resolved, candidateSource);
    case 'scala':
      return generateScalaHarness(resolved, candidateSource);
    default:
      throw new HarnessException(
        HarnessExceptionCode.UnsupportedLanguage,
        `no function harness for ${String(language)}`,
      );
  }
}
