import type { GeneratedHarness } from '../harness/harness.types';
import { readPackFile } from '../pack-file.util';
import type { TypeRef } from '../signature/function-spec';
import { type ResolvedMethod, type ResolvedParam, type ResolvedSpec, usesNodeType } from '../signature/signature.util';

export const RUST_SOLUTION_FILE = 'solution.rs';
const RUNTIME_FILE = 'tryout.rs';
/** The fixed runtime (runtime/tryout.rs, tested by runtime/test/ in the runner image). */
const RUNTIME = readPackFile(__dirname, `runtime/${RUNTIME_FILE}`);

const SCALAR_RUST: Record<string, string> = {
  int: 'i32',
  long: 'i64',
  double: 'f64',
  bool: 'bool',
  string: 'String',
};

/** The natural Rust type (LeetCode's): `Vec<Vec<i32>>`, `i64`, `Option<Rc<RefCell<TreeNode>>>`. */
export function rustType(t: TypeRef): string {
  if (t.kind === 'void') return '()';
  if (t.kind === 'node') return t.base === 'ListNode' ? 'Option<Box<ListNode>>' : 'Option<Rc<RefCell<TreeNode>>>';
  let type = SCALAR_RUST[t.base];
  for (let d = 0; d < t.dims; d++) type = `Vec<${type}>`;
  return type;
}

/** Fully qualified, so the glue needs no `use` that could collide with the candidate's. */
function qualified(t: TypeRef): string {
  return rustType(t).replace('Rc<RefCell<', 'std::rc::Rc<std::cell::RefCell<');
}

/** LeetCode's Rust names: `twoSum` → `two_sum`, `getMin` → `get_min`. */
export function snakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

function functionMain(fn: ResolvedMethod): string {
  const reads = fn.params.map((p, i) => `    let a${i}: ${qualified(p.type)} = tryout::arg_line(&lines[${i}]);`);
  const call = `Solution::${snakeCase(fn.name)}(${fn.params.map((_, i) => `a${i}`).join(', ')})`;
  const invoke =
    fn.returns.kind === 'void'
      ? `    ${call};\n    let out = String::from("null");`
      : `    let out = tryout::to_json(&${call});`;
  return `fn main() {
    let lines = tryout::input_lines(${fn.params.length});
${reads.join('\n')}
    drop(lines);
${invoke}
    tryout::emit(&out);
}
`;
}

function classMain(spec: Extract<ResolvedSpec, { kind: 'class' }>): string {
  const types = (params: ResolvedParam[]): string => params.map((p) => qualified(p.type)).join(', ');
  const variant = (m: ResolvedMethod, k: number): string => (m.params.length ? `M${k}(${types(m.params)})` : `M${k}`);
  const parse = (params: ResolvedParam[]): string => params.map((_, j) => `tryout::arg(&a[${j}])`).join(', ');
  const reads = spec.methods.map(
    (m, k) =>
      `            ${JSON.stringify(m.name)} => {\n                tryout::need_args(a, ${m.params.length});\n                TryoutCall::${m.params.length ? `M${k}(${parse(m.params)})` : `M${k}`}\n            }`,
  );
  const calls = spec.methods.map((m, k) => {
    const args = m.params.map((_, j) => `x${j}`).join(', ');
    const pattern = m.params.length ? `TryoutCall::M${k}(${args})` : `TryoutCall::M${k}`;
    const call = `obj.${snakeCase(m.name)}(${args})`;
    return m.returns.kind === 'void'
      ? `            ${pattern} => {\n                ${call};\n                out.push(String::from("null"));\n            }`
      : `            ${pattern} => out.push(tryout::to_json(&${call})),`;
  });
  const ctorArgs = spec.ctorParams.map((_, j) => `c${j}`).join(', ');
  const ctorReads = spec.ctorParams.map(
    (p, j) => `    let c${j}: ${qualified(p.type)} = tryout::arg(&ops[0].1[${j}]);\n`,
  );
  return `enum TryoutCall {
${spec.methods.map((m, k) => `    ${variant(m, k)},`).join('\n')}
}

// Methods may take &self or &mut self.
#[allow(unused_mut)]
fn main() {
    let lines = tryout::input_lines(2);
    let ops = tryout::operations(&lines, ${JSON.stringify(spec.className)});
    tryout::need_args(&ops[0].1, ${spec.ctorParams.length});
${ctorReads.join('')}    let mut calls = Vec::with_capacity(ops.len());
    for (name, a) in &ops[1..] {
        calls.push(match name.as_str() {
${reads.join('\n')}
            _ => tryout::abort(&format!("cannot read the test input: unknown operation {}", name)),
        });
    }
    drop(ops);
    let mut obj = ${spec.className}::new(${ctorArgs});
    let mut out = vec![String::from("null")];
    for call in calls {
        match call {
${calls.join('\n')}
        }
    }
    tryout::emit(&format!("[{}]", out.join(",")));
}
`;
}

/**
 * main.rs holds the glue: `mod tryout;` (the fixed runtime, a real Rust file), LeetCode's node
 * types where the signature uses them, `struct Solution`, and the candidate's file pulled in with
 * `include!` so its items share the crate root (private `fn new` of a design class stays callable)
 * while its spans, panics and compile errors keep solution.rs and its own line numbers.
 */
export function generateRustHarness(spec: ResolvedSpec, candidateSource: string): GeneratedHarness {
  const nodes = (['ListNode', 'TreeNode'] as const).filter((n) => usesNodeType(spec, n));
  const main = [
    'mod tryout;',
    ...(nodes.length ? [`pub use tryout::{${nodes.join(', ')}};`] : []),
    ...(spec.kind === 'function' ? ['pub struct Solution;'] : []),
    `include!(${JSON.stringify(RUST_SOLUTION_FILE)});`,
    '',
    spec.kind === 'function' ? functionMain(spec.fn) : classMain(spec),
  ].join('\n');
  return {
    files: [
      { path: 'main.rs', content: main },
      { path: RUNTIME_FILE, content: RUNTIME },
      { path: RUST_SOLUTION_FILE, content: candidateSource },
    ],
  };
}
