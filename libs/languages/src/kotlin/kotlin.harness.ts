import type { TypeRef } from '../signature/function-spec';
import type { GeneratedHarness } from '../harness/harness.types';
import { readPackFile } from '../pack-file.util';
import { kotlincArgv } from './kotlin.toolchain';
import { type ResolvedMethod, type ResolvedParam, type ResolvedSpec, usesNodeType } from '../signature/signature.util';

/** The fixed runtime shipped with every Kotlin harness (runtime/*.kt, tested in the runner image). */
const runtimeCache = new Map<string, string>();
function runtimeFile(name: string): { path: string; content: string } {
  let content = runtimeCache.get(name);
  if (content === undefined) {
    content = readPackFile(`${__dirname}/runtime`, name);
    runtimeCache.set(name, content);
  }
  return { path: name, content };
}

/** The candidate's file: its own compilation unit, so its imports and line numbers stay its own. */
export const KOTLIN_CANDIDATE_FILE = 'Solution.kt';

const SCALAR: Record<string, string> = {
  int: 'Int',
  long: 'Long',
  double: 'Double',
  bool: 'Boolean',
  string: 'String',
};
const ARRAY: Record<string, string> = {
  int: 'IntArray',
  long: 'LongArray',
  double: 'DoubleArray',
  bool: 'BooleanArray',
  string: 'Array<String>',
};
const CONV_SUFFIX: Record<string, string> = { int: 'Int', long: 'Long', double: 'Double', bool: 'Bool', string: 'Str' };

/** Kotlin's hard keywords: a signature name that is one is written in backticks. */
const KEYWORDS = new Set(
  'as break class continue do else false for fun if in interface is null object package return super this throw true try typealias typeof val var when while'.split(
    ' ',
  ),
);
export const kotlinName = (name: string): string => (KEYWORDS.has(name) ? `\`${name}\`` : name);

/** LeetCode's Kotlin type for a signature type: `IntArray`, `Array<IntArray>`, `ListNode?`, `Unit`. */
export function kotlinType(t: TypeRef): string {
  if (t.kind === 'void') return 'Unit';
  if (t.kind === 'node') return `${t.base}?`;
  if (t.dims === 0) return SCALAR[t.base];
  if (t.dims === 1) return ARRAY[t.base];
  return `Array<${ARRAY[t.base]}>`;
}

/** Expression converting a parsed JSON value (`Any?`) to the declared Kotlin value. */
function convert(t: TypeRef, expr: string): string {
  if (t.kind === 'node') return `Tryout${t.base}.from(${expr})`;
  if (t.kind === 'void') throw new Error('void parameter');
  const dims = t.dims === 0 ? '' : t.dims === 1 ? 'Array' : 'Array2';
  return `TryoutJson.to${CONV_SUFFIX[t.base]}${dims}(${expr})`;
}

/** Expression turning a candidate's return value into what TryoutJson.write understands. */
function outgoing(t: TypeRef, expr: string): string {
  return t.kind === 'node' ? `Tryout${t.base}.toList(${expr})` : expr;
}

const args = (params: ResolvedParam[], holder: string): string =>
  params.map((p, j) => `${holder}[${j}] as ${kotlinType(p.type)}`).join(', ');

const converted = (params: ResolvedParam[], source: (j: number) => string): string =>
  `arrayOf<Any?>(${params.map((p, j) => convert(p.type, source(j))).join(', ')})`;

function functionMain(fn: ResolvedMethod): string {
  const call = `Solution().${kotlinName(fn.name)}(${args(fn.params, 'a')})`;
  const result =
    fn.returns.kind === 'void' ? `${call}\n        "null"` : `TryoutJson.toJson(${outgoing(fn.returns, call)})`;
  return `fun main() {
    val a: Array<Any?> = try {
        val lines = TryoutJson.readLines()
        TryoutJson.need(lines, ${fn.params.length}, "input lines")
        ${converted(fn.params, (j) => `TryoutJson.parse(lines[${j}])`)}
    } catch (e: Throwable) {
        TryoutJson.harnessFail("cannot read the test input", e)
    }
    val out = try {
        ${result}
    } catch (t: Throwable) {
        TryoutJson.candidateFailed(t)
    }
    TryoutJson.emit(out)
}
`;
}

function classMain(spec: Extract<ResolvedSpec, { kind: 'class' }>): string {
  const name = JSON.stringify(spec.className);
  const reads = spec.methods
    .map(
      (m) =>
        `                ${JSON.stringify(m.name)} -> {\n                    TryoutJson.need(a, ${m.params.length}, "arguments")\n                    ${converted(m.params, (j) => `a[${j}]`)}\n                }`,
    )
    .join('\n');
  const calls = spec.methods
    .map((m) => {
      const call = `obj.${kotlinName(m.name)}(${args(m.params, 'c')})`;
      return m.returns.kind === 'void'
        ? `                ${JSON.stringify(m.name)} -> {\n                    ${call}\n                    b.append("null")\n                }`
        : `                ${JSON.stringify(m.name)} -> TryoutJson.write(b, ${outgoing(m.returns, call)})`;
    })
    .join('\n');
  return `fun main() {
    val ops = ArrayList<String>()
    val conv = ArrayList<Array<Any?>>()
    try {
        val lines = TryoutJson.readLines()
        TryoutJson.need(lines, 2, "input lines")
        val opList = TryoutJson.list(TryoutJson.parse(lines[0]))
        val argList = TryoutJson.list(TryoutJson.parse(lines[1]))
        if (opList.isEmpty() || opList.size != argList.size) {
            throw IllegalArgumentException("operations and arguments must be non-empty arrays of equal length")
        }
        for (k in opList.indices) {
            val op = TryoutJson.toStr(opList[k])
            val a = TryoutJson.list(argList[k])
            ops.add(op)
            if (k == 0) {
                if (op != ${name}) throw IllegalArgumentException("the first operation must be " + ${name})
                TryoutJson.need(a, ${spec.ctorParams.length}, "arguments")
                conv.add(${converted(spec.ctorParams, (j) => `a[${j}]`)})
                continue
            }
            conv.add(when (op) {
${reads}
                else -> throw IllegalArgumentException("unknown operation " + op)
            })
        }
    } catch (e: Throwable) {
        TryoutJson.harnessFail("cannot read the test input", e)
    }
    val b = StringBuilder("[null")
    try {
        var c = conv[0]
        val obj = ${kotlinName(spec.className)}(${args(spec.ctorParams, 'c')})
        for (k in 1 until ops.size) {
            c = conv[k]
            b.append(',')
            when (ops[k]) {
${calls}
            }
        }
    } catch (t: Throwable) {
        TryoutJson.candidateFailed(t)
    }
    b.append(']')
    TryoutJson.emit(b.toString())
}
`;
}

/**
 * Kotlin harness: Main.kt (the signature glue) beside the fixed runtime (TryoutJson.kt, and
 * ListNode.kt / TreeNode.kt only when the signature uses them) and the candidate's Solution.kt,
 * all compiled together; the run starts MainKt.
 */
export function generateKotlinHarness(spec: ResolvedSpec, candidateSource: string): GeneratedHarness {
  const main =
    '// Generated by Tryout for this signature: reads one test, calls the candidate, writes fd 3.\n' +
    '@file:Suppress("UNCHECKED_CAST", "USELESS_CAST")\n\n' +
    (spec.kind === 'function' ? functionMain(spec.fn) : classMain(spec));
  const runtime = [runtimeFile('TryoutJson.kt')];
  if (usesNodeType(spec, 'ListNode')) runtime.push(runtimeFile('ListNode.kt'));
  if (usesNodeType(spec, 'TreeNode')) runtime.push(runtimeFile('TreeNode.kt'));
  const files = [
    { path: 'Main.kt', content: main },
    ...runtime,
    { path: KOTLIN_CANDIDATE_FILE, content: candidateSource },
  ];
  return {
    files,
    compile: kotlincArgv(files.map((f) => f.path)),
  };
}
