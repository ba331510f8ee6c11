import type { GeneratedHarness } from '../harness/harness.types';
import { exportedNames, javascriptFooter, javascriptMain } from '../javascript/javascript.harness';
import type { TypeRef } from '../signature/function-spec';
import type { ResolvedParam, ResolvedSpec } from '../signature/signature.util';
import { tsType } from './typescript.types';

/**
 * The compile step: a full type-check, then the emit, by the runner image's ts-compile started
 * from its V8 snapshot (the compiler with the standard library and @types/node already parsed and
 * bound: docker/runners/typescript/ts-compile.js). Flags go after the file names (node takes any
 * before the first file as its own).
 */
export function typescriptCompileArgv(input: string, output: string, flags: string[] = []): string[] {
  return ['node', '--snapshot-blob', '/opt/tryout/ts-compile.blob', input, output, ...flags];
}

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
