import type { GeneratedHarness } from '../harness/harness.types';
import { SIGNATURE_FILE, signatureFile } from '../harness/signature-file.util';
import { readPackFile } from '../pack-file.util';
import { HarnessException, HarnessExceptionCode } from '../signature/harness.exception';
import type { ResolvedSpec } from '../signature/signature.util';

export const PHP_SOLUTION_FILE = 'solution.php';

const RUNTIME_DIR = `${__dirname}/runtime`;

/**
 * The compile step: PHP's lint (a full compile without running), its errors on stderr with PHP's
 * own message and line. Its "No syntax errors detected" on stdout is dropped, so a clean compile
 * is silent. A fixed script; the file is its argument.
 */
export function phpLintArgv(file: string): string[] {
  return ['sh', '-c', 'php -l "$1" >/dev/null', 'php-lint', file];
}

/**
 * LeetCode's PHP code has no `<?php` tag; without one PHP would echo the source. The tag goes on
 * the candidate's first line, so its line numbers stay as written.
 */
export function withOpenTag(source: string): string {
  return /^\s*<\?php/.test(source) ? source : `<?php ${source}`;
}

/** PHP's reserved words, which no class can be named after (case-insensitively). */
const RESERVED_CLASS_NAMES = new Set(
  (
    'abstract and array as break callable case catch class clone const continue declare default die do echo else ' +
    'elseif empty enddeclare endfor endforeach endif endswitch endwhile enum eval exit extends final finally fn for ' +
    'foreach function global goto if implements include include_once instanceof insteadof interface isset list match ' +
    'namespace new or print private protected public readonly require require_once return static switch throw trait ' +
    'try unset use var while xor yield int float bool string true false null void iterable object mixed never parent self'
  ).split(' '),
);

/**
 * The fixed runtime (runtime/tryout.php, entry runtime/main.php), the signature as data and the
 * candidate's solution.php, linted as the compile step. ListNode and TreeNode come from the runtime.
 */
export function generatePhpHarness(spec: ResolvedSpec, candidateSource: string): GeneratedHarness {
  if (spec.kind === 'class' && RESERVED_CLASS_NAMES.has(spec.className.toLowerCase())) {
    throw new HarnessException(
      HarnessExceptionCode.InvalidName,
      `PHP reserves "${spec.className}": no class can be named so`,
    );
  }
  return {
    files: [
      { path: 'main.php', content: readPackFile(RUNTIME_DIR, 'main.php') },
      { path: 'tryout.php', content: readPackFile(RUNTIME_DIR, 'tryout.php') },
      { path: SIGNATURE_FILE, content: JSON.stringify(signatureFile(spec)) },
      { path: PHP_SOLUTION_FILE, content: withOpenTag(candidateSource) },
    ],
    compile: phpLintArgv(PHP_SOLUTION_FILE),
    run: ['php', 'main.php'],
  };
}
