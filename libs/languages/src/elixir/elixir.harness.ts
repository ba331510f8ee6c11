import type { GeneratedHarness } from '../harness/harness.types';
import { SIGNATURE_FILE, signatureFile } from '../harness/signature-file.util';
import { readPackFile } from '../pack-file.util';
import type { ResolvedSpec } from '../signature/signature.util';
import { elixirName } from './elixir.names';

export const ELIXIR_SOLUTION_FILE = 'solution.ex';

/** Where Debian's elixir package keeps the Elixir standard library's compiled modules. */
const ELIXIR_EBIN = '/usr/lib/elixir/lib/elixir/ebin';

/**
 * Runs the compiled runtime straight on the VM: the `elixir` launcher (a shell script that also
 * parses and evaluates a script) costs about twice the CPU of this, measured (docs/languages.md).
 */
export const ELIXIR_HARNESS_RUN = [
  'erl',
  '-noshell',
  '-boot',
  'no_dot_erlang',
  // Appended, not prepended: OTP's own modules are then found in the first directory searched.
  '-pz',
  ELIXIR_EBIN,
  '-pz',
  '.',
  '-s',
  'Elixir.Tryout.Harness',
  'cli',
];

/**
 * The fixed runtime (runtime/tryout.ex: JSON, ListNode/TreeNode, the protocol), the signature as
 * data and the candidate's solution.ex, compiled together by elixirc into the work dir (so
 * `%ListNode{}` in the candidate's code resolves); the candidate's module names and line numbers
 * stay its own.
 */
export function generateElixirHarness(spec: ResolvedSpec, candidateSource: string): GeneratedHarness {
  return {
    files: [
      { path: 'tryout.ex', content: readPackFile(`${__dirname}/runtime`, 'tryout.ex') },
      { path: SIGNATURE_FILE, content: JSON.stringify(signatureFile(spec, elixirName)) },
      { path: ELIXIR_SOLUTION_FILE, content: candidateSource },
    ],
    compile: ['elixirc', '-o', '.', 'tryout.ex', ELIXIR_SOLUTION_FILE],
    run: ELIXIR_HARNESS_RUN,
  };
}
