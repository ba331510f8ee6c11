import type { TypeRef } from '../signature/function-spec';
import { HARNESS_ABORT_EXIT_CODE } from '../harness/protocol';
import type { GeneratedHarness } from '../harness/harness.types';
import { readPackFile } from '../pack-file.util';
import { baseOf, type ResolvedParam, type ResolvedSpec } from '../signature/signature.util';

export const RUBY_SOLUTION_FILE = 'solution.rb';

/** The runtime (real Ruby under runtime/, tested in the runner image): it ships with every job. */
const RUNTIME_FILE = 'tryout_runtime.rb';

/** LeetCode's Ruby names are snake_case: `twoSum` → `two_sum`, `getHTTPCode` → `get_http_code`. */
export function rubyName(name: string): string {
  return name
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/([a-z\d])([A-Z])/g, '$1_$2')
    .toLowerCase();
}

const desc = (t: TypeRef): string => `[${JSON.stringify(baseOf(t))}, ${t.dims}]`;
const descs = (params: ResolvedParam[]): string => `[${params.map((p) => desc(p.type)).join(', ')}]`;

/**
 * main.rb names the signature and hands over to the runtime, which reads the input before loading
 * the candidate's solution.rb (evaluated under its own file name, so syntax errors and traces keep
 * its line numbers) and calls its top-level function or design class.
 */
export function generateRubyHarness(spec: ResolvedSpec, candidateSource: string): GeneratedHarness {
  const call =
    spec.kind === 'function'
      ? `Tryout.run_function(${JSON.stringify(rubyName(spec.fn.name))}, ${descs(spec.fn.params)}, ${desc(spec.fn.returns)})`
      : `Tryout.run_class(${JSON.stringify(spec.className)}, ${descs(spec.ctorParams)}, {\n${spec.methods
          .map(
            (m) =>
              `  ${JSON.stringify(m.name)} => [${JSON.stringify(rubyName(m.name))}, ${descs(m.params)}, ${desc(m.returns)}],`,
          )
          .join('\n')}\n})`;
  const main = `require_relative 'tryout_runtime'\nTryout.abort_exit = ${HARNESS_ABORT_EXIT_CODE}\n${call}\n`;
  return {
    files: [
      { path: RUNTIME_FILE, content: readPackFile(__dirname, `runtime/${RUNTIME_FILE}`) },
      { path: 'main.rb', content: main },
      { path: RUBY_SOLUTION_FILE, content: candidateSource },
    ],
    compile: ['ruby', '-c', RUBY_SOLUTION_FILE],
  };
}
