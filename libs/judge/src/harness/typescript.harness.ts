import { typescriptCompileArgv } from '@tryout/sandbox';
import type { TypeRef } from '../problem/function-spec';
import { tsType } from '../starter/generate-starter';
import type { GeneratedHarness } from './harness.types';
import { exportedNames, javascriptFooter, javascriptMain } from './javascript.harness';
import type { ResolvedParam, ResolvedSpec } from './signature.util';

/** A long may come back as a bigint (the runtime writes it exactly); it is passed in as a number. */
function returnType(t: TypeRef): string {
  if (t.kind === 'scalar' && t.base === 'long')
    return `${t.dims > 0 ? '(number | bigint)' : 'number | bigint'}${'[]'.repeat(t.dims)}`;
  return tsType(t);
}

const params = (ps: ResolvedParam[]): string => ps.map((p) => `${p.name}: ${tsType(p.type)}`).join(', ');

/**
 * signature.ts: how the runtime calls the candidate's code, as types (`const <probe>: <type> =
 * <name>;`, the form ts-compile reads), so a signature LeetCode's driver would refuse is a compile
 * error at the candidate's declaration. Type-checked with solution.ts, never emitted or run.
 */
export function typescriptSignature(spec: ResolvedSpec): string {
  if (spec.kind === 'function') {
    const fn = spec.fn;
    return `const probe0: (${params(fn.params)}) => ${returnType(fn.returns)} = ${fn.name};\n`;
  }
  const methods = spec.methods.map((m) => `${m.name}(${params(m.params)}): ${returnType(m.returns)}`).join('; ');
  return `const probe0: new (${params(spec.ctorParams)}) => { ${methods} } = ${spec.className};\n`;
}

/**
 * The JavaScript runtime runs the compiled solution.js. ts-compile type-checks solution.ts with
 * signature.ts and LeetCode's ListNode/TreeNode declarations, then emits it with a source map
 * (line numbers survive) and appends the export footer.
 */
export function generateTypescriptHarness(spec: ResolvedSpec, candidateSource: string): GeneratedHarness {
  return {
    files: [
      { path: 'main.js', content: javascriptMain(spec, true) },
      { path: 'solution.ts', content: candidateSource },
      { path: 'signature.ts', content: typescriptSignature(spec) },
      { path: 'footer.js', content: javascriptFooter(exportedNames(spec)) },
    ],
    compile: typescriptCompileArgv('solution.ts', 'solution.js', [
      '--source-map',
      '--leetcode-types',
      '--signature',
      'signature.ts',
      '--footer',
      'footer.js',
    ]),
  };
}
