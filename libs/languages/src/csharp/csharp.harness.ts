import type { GeneratedHarness } from '../harness/harness.types';
import { readPackFile } from '../pack-file.util';
import type { TypeRef } from '../signature/function-spec';
import {
  capitalize,
  type ResolvedMethod,
  type ResolvedParam,
  type ResolvedSpec,
  usesNodeType,
} from '../signature/signature.util';

export const CSHARP_SOLUTION_FILE = 'solution.cs';
/** The fixed runtime (runtime/*.cs, tested by runtime/test/ in the runner image); node files only when used. */
const RUNTIME: Record<string, string> = Object.fromEntries(
  ['Tryout.cs', 'ListNode.cs', 'TreeNode.cs'].map((name) => [name, readPackFile(__dirname, `runtime/${name}`)]),
);

const SCALAR_CSHARP: Record<string, string> = {
  int: 'int',
  long: 'long',
  double: 'double',
  bool: 'bool',
  string: 'string',
};

/** The natural C# type (LeetCode's): `int[][]`, `long`, `TreeNode`. */
export function csharpType(t: TypeRef): string {
  if (t.kind === 'void') return 'void';
  if (t.kind === 'node') return t.base;
  return SCALAR_CSHARP[t.base] + '[]'.repeat(t.dims);
}

/**
 * What LeetCode's C# environment imports for the candidate. They are prepended on line 1 of
 * solution.cs so the candidate's line numbers stay; repeating one is only warning CS0105.
 */
const CANDIDATE_USINGS =
  'using System; using System.Collections; using System.Collections.Generic; using System.Linq; using System.Text; ';

/** Converts parsed JSON `json` to the parameter's type. */
function convert(t: TypeRef, json: string): string {
  if (t.kind === 'node') return `TryoutRuntime.${t.base === 'ListNode' ? 'ToList' : 'ToTree'}(${json})`;
  return `TryoutRuntime.Convert<${csharpType(t)}>(${json})`;
}

/** Serialises a result of the declared type: a null node is the empty list or tree. */
function serialise(t: TypeRef, value: string): string {
  if (t.kind === 'node') return `TryoutRuntime.${t.base === 'ListNode' ? 'ListJson' : 'TreeJson'}(${value})`;
  return `TryoutRuntime.ToJson(${value})`;
}

/** Wraps the glue: input errors abort with 97, the candidate's exceptions are its own. */
function program(read: string, run: string): string {
  return `public static class TryoutMain
{
    public static void Main()
    {
${read}
        string result = null;
        try
        {
${run}
        }
        catch (System.Exception e)
        {
            TryoutRuntime.Fail(e);
        }
        TryoutRuntime.Emit(result);
    }
}
`;
}

function readStage(lines: string[]): string {
  return `        try
        {
${lines.map((l) => `            ${l}`).join('\n')}
        }
        catch (System.Exception e)
        {
            TryoutRuntime.Abort("cannot read the test input: " + e.Message);
            return;
        }`;
}

function functionMain(fn: ResolvedMethod): string {
  const decls = fn.params.map((p, i) => `        ${csharpType(p.type)} a${i};`);
  const reads = [
    `string[] lines = TryoutRuntime.InputLines(${fn.params.length});`,
    ...fn.params.map((p, i) => `a${i} = ${convert(p.type, `TryoutRuntime.Parse(lines[${i}])`)};`),
  ];
  const call = `new Solution().${capitalize(fn.name)}(${fn.params.map((_, i) => `a${i}`).join(', ')})`;
  const run =
    fn.returns.kind === 'void'
      ? `            ${call};\n            result = "null";`
      : `            result = ${serialise(fn.returns, call)};`;
  return program([...decls, readStage(reads)].join('\n'), run);
}

function classMain(spec: Extract<ResolvedSpec, { kind: 'class' }>): string {
  const args = (params: ResolvedParam[], from: string): string =>
    params.map((p, j) => convert(p.type, `${from}[${j}]`)).join(', ');
  const cases = spec.methods.map(
    (m, k) =>
      `case ${JSON.stringify(m.name)}: TryoutRuntime.NeedArgs(a, ${m.params.length}); which[i] = ${k}; args[i] = new object[] { ${args(m.params, 'a')} }; break;`,
  );
  const reads = [
    'string[] lines = TryoutRuntime.InputLines(2);',
    `var ops = TryoutRuntime.Operations(lines, ${JSON.stringify(spec.className)});`,
    `TryoutRuntime.NeedArgs(ops[0].Value, ${spec.ctorParams.length});`,
    ...(spec.ctorParams.length ? [`ctor = new object[] { ${args(spec.ctorParams, 'ops[0].Value')} };`] : []),
    'which = new int[ops.Count];',
    'args = new object[ops.Count][];',
    'for (int i = 1; i < ops.Count; i++)',
    '{',
    '    var a = ops[i].Value;',
    '    switch (ops[i].Key)',
    '    {',
    ...cases.map((c) => `        ${c}`),
    '        default: throw new TryoutInputException("unknown operation " + ops[i].Key);',
    '    }',
    '}',
  ];
  const cast = (params: ResolvedParam[], from: string): string =>
    params.map((p, j) => `(${csharpType(p.type)})${from}[${j}]`).join(', ');
  const calls = spec.methods.map((m, k) => {
    const call = `obj.${capitalize(m.name)}(${cast(m.params, 'args[i]')})`;
    return m.returns.kind === 'void'
      ? `                    case ${k}: ${call}; output.Add("null"); break;`
      : `                    case ${k}: output.Add(${serialise(m.returns, call)}); break;`;
  });
  const run = `            var obj = new ${spec.className}(${cast(spec.ctorParams, 'ctor')});
            var output = new System.Collections.Generic.List<string> { "null" };
            for (int i = 1; i < which.Length; i++)
            {
                switch (which[i])
                {
${calls.join('\n')}
                }
            }
            result = "[" + string.Join(",", output) + "]";`;
  // A constructor without parameters needs no array (mcs would warn that it is never used).
  const decls = [
    ...(spec.ctorParams.length ? ['        object[] ctor;'] : []),
    '        int[] which;',
    '        object[][] args;',
  ];
  return program([...decls, readStage(reads)].join('\n'), run);
}

/**
 * main.cs is the glue (Main); Tryout.cs, ListNode.cs and TreeNode.cs are the fixed runtime, real
 * C# files; solution.cs is the candidate's with LeetCode's usings on its first line. Built with
 * `-debug` and run with `mono --debug` so traces name solution.cs and its lines.
 */
export function generateCsharpHarness(spec: ResolvedSpec, candidateSource: string): GeneratedHarness {
  const runtime = [
    'Tryout.cs',
    ...(['ListNode', 'TreeNode'] as const).filter((n) => usesNodeType(spec, n)).map((n) => `${n}.cs`),
  ];
  const main = spec.kind === 'function' ? functionMain(spec.fn) : classMain(spec);
  return {
    files: [
      { path: 'main.cs', content: main },
      ...runtime.map((path) => ({ path, content: RUNTIME[path] })),
      { path: CSHARP_SOLUTION_FILE, content: CANDIDATE_USINGS + candidateSource },
    ],
    compile: [
      'mcs',
      '-optimize+',
      '-debug',
      '-r:System.Numerics.dll',
      '-out:main.exe',
      'main.cs',
      ...runtime,
      CSHARP_SOLUTION_FILE,
    ],
    run: ['mono', '--debug', 'main.exe'],
  };
}
