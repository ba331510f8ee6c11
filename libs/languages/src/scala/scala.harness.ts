import type { TypeRef } from '../signature/function-spec';
import type { GeneratedHarness } from '../harness/harness.types';
import { readPackFile } from '../pack-file.util';
import { scalacArgv } from './scala.toolchain';
import { type ResolvedMethod, type ResolvedParam, type ResolvedSpec, usesNodeType } from '../signature/signature.util';

/** The fixed runtime shipped with every Scala harness (runtime/*.scala, tested in the runner image). */
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
export const SCALA_CANDIDATE_FILE = 'Solution.scala';

const SCALAR: Record<string, string> = {
  int: 'Int',
  long: 'Long',
  double: 'Double',
  bool: 'Boolean',
  string: 'String',
};
const CONV_SUFFIX: Record<string, string> = { int: 'Int', long: 'Long', double: 'Double', bool: 'Bool', string: 'Str' };

/** Scala 2's reserved words: a signature name that is one is written in backticks. */
const KEYWORDS = new Set(
  'abstract case catch class def do else extends false final finally for forSome if implicit import lazy macro match new null object override package private protected return sealed super this throw trait try true type val var while with yield'.split(
    ' ',
  ),
);
export const scalaName = (name: string): string => (KEYWORDS.has(name) ? `\`${name}\`` : name);

/** LeetCode's Scala type for a signature type: `Array[Int]`, `Array[Array[Int]]`, `ListNode`, `Unit`. */
export function scalaType(t: TypeRef): string {
  if (t.kind === 'void') return 'Unit';
  if (t.kind === 'node') return t.base;
  let type = SCALAR[t.base];
  for (let d = 0; d < t.dims; d++) type = `Array[${type}]`;
  return type;
}

/** Expression converting a parsed JSON value (`Any`) to the declared Scala value. */
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
  params.map((p, j) => `${holder}(${j}).asInstanceOf[${scalaType(p.type)}]`).join(', ');

const converted = (params: ResolvedParam[], source: (j: number) => string): string =>
  `Array[Any](${params.map((p, j) => convert(p.type, source(j))).join(', ')})`;

function functionMain(fn: ResolvedMethod): string {
  const call = `Solution.${scalaName(fn.name)}(${args(fn.params, 'a')})`;
  const result =
    fn.returns.kind === 'void' ? `${call}\n        "null"` : `TryoutJson.toJson(${outgoing(fn.returns, call)})`;
  return `object Main {
  def main(args: Array[String]): Unit = {
    val a: Array[Any] = try {
      val lines = TryoutJson.readLines()
      TryoutJson.need(lines, ${fn.params.length}, "input lines")
      ${converted(fn.params, (j) => `TryoutJson.parse(lines(${j}))`)}
    } catch {
      case e: Throwable => TryoutJson.harnessFail("cannot read the test input", e)
    }
    val out: String = try {
      ${result}
    } catch {
      case t: Throwable => TryoutJson.candidateFailed(t)
    }
    TryoutJson.emit(out)
  }
}
`;
}

function classMain(spec: Extract<ResolvedSpec, { kind: 'class' }>): string {
  const name = JSON.stringify(spec.className);
  const reads = spec.methods
    .map(
      (m) =>
        `          case ${JSON.stringify(m.name)} =>\n            TryoutJson.need(a, ${m.params.length}, "arguments")\n            ${converted(m.params, (j) => `a(${j})`)}`,
    )
    .join('\n');
  const calls = spec.methods
    .map((m) => {
      const call = `obj.${scalaName(m.name)}(${args(m.params, 'c')})`;
      return m.returns.kind === 'void'
        ? `          case ${JSON.stringify(m.name)} =>\n            ${call}\n            b.append("null")`
        : `          case ${JSON.stringify(m.name)} => TryoutJson.write(b, ${outgoing(m.returns, call)})`;
    })
    .join('\n');
  return `object Main {
  def main(args: Array[String]): Unit = {
    val ops = new scala.collection.mutable.ArrayBuffer[String]
    val conv = new scala.collection.mutable.ArrayBuffer[Array[Any]]
    try {
      val lines = TryoutJson.readLines()
      TryoutJson.need(lines, 2, "input lines")
      val opList = TryoutJson.list(TryoutJson.parse(lines(0)))
      val argList = TryoutJson.list(TryoutJson.parse(lines(1)))
      if (opList.isEmpty || opList.length != argList.length)
        throw new IllegalArgumentException("operations and arguments must be non-empty arrays of equal length")
      for (k <- opList.indices) {
        val op = TryoutJson.toStr(opList(k))
        val a = TryoutJson.list(argList(k))
        ops += op
        if (k == 0) {
          if (op != ${name}) throw new IllegalArgumentException("the first operation must be " + ${name})
          TryoutJson.need(a, ${spec.ctorParams.length}, "arguments")
          conv += ${converted(spec.ctorParams, (j) => `a(${j})`)}
        } else conv += (op match {
${reads}
          case _ => throw new IllegalArgumentException("unknown operation " + op)
        })
      }
    } catch {
      case e: Throwable => TryoutJson.harnessFail("cannot read the test input", e)
    }
    val b = new java.lang.StringBuilder("[null")
    try {
      var c = conv(0)
      val obj = new ${scalaName(spec.className)}(${args(spec.ctorParams, 'c')})
      for (k <- 1 until ops.length) {
        c = conv(k)
        b.append(',')
        ops(k) match {
${calls}
        }
      }
    } catch {
      case t: Throwable => TryoutJson.candidateFailed(t)
    }
    b.append(']')
    TryoutJson.emit(b.toString)
  }
}
`;
}

/**
 * Scala harness: Main.scala (the signature glue) beside the fixed runtime (TryoutJson.scala, and
 * ListNode.scala / TreeNode.scala only when the signature uses them) and the candidate's
 * Solution.scala, all compiled together; the run starts Main.
 */
export function generateScalaHarness(spec: ResolvedSpec, candidateSource: string): GeneratedHarness {
  const main =
    '// Generated by Tryout for this signature: reads one test, calls the candidate, writes fd 3.\n' +
    (spec.kind === 'function' ? functionMain(spec.fn) : classMain(spec));
  const runtime = [runtimeFile('TryoutJson.scala')];
  if (usesNodeType(spec, 'ListNode')) runtime.push(runtimeFile('ListNode.scala'));
  if (usesNodeType(spec, 'TreeNode')) runtime.push(runtimeFile('TreeNode.scala'));
  const files = [
    { path: 'Main.scala', content: main },
    ...runtime,
    { path: SCALA_CANDIDATE_FILE, content: candidateSource },
  ];
  return {
    files,
    compile: scalacArgv(files.map((f) => f.path)),
  };
}
