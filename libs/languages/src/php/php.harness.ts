import type { GeneratedHarness } from '../harness/harness.types';
import { SIGNATURE_FILE, signatureFile } from '../harness/signature-file.util';
import { readPackFile } from '../pack-file.util';
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

/**
 * The fixed runtime (runtime/tryout.php, entry runtime/main.php), the signature as data and the
 * candidate's solution.php, linted as the compile step. ListNode and TreeNode come from the runtime.
 */
export function generatePhpHarness(spec: ResolvedSpec, candidateSource: string): GeneratedHarness {
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
