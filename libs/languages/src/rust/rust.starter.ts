import { nodeComments, type NodeComments, usageLines } from '../signature/starter.util';
import type { TypeRef } from '../signature/function-spec';
import type { ResolvedParam, ResolvedSpec } from '../signature/signature.util';
import { rustType, snakeCase } from './rust.harness';

const NODE_COMMENTS: NodeComments = {
  ListNode: `// Definition for singly-linked list.
// #[derive(PartialEq, Eq, Clone, Debug)]
// pub struct ListNode {
//   pub val: i32,
//   pub next: Option<Box<ListNode>>
// }
//
// impl ListNode {
//   #[inline]
//   fn new(val: i32) -> Self {
//     ListNode {
//       next: None,
//       val
//     }
//   }
// }
`,
  TreeNode: `// Definition for a binary tree node.
// #[derive(Debug, PartialEq, Eq)]
// pub struct TreeNode {
//   pub val: i32,
//   pub left: Option<Rc<RefCell<TreeNode>>>,
//   pub right: Option<Rc<RefCell<TreeNode>>>,
// }
//
// impl TreeNode {
//   #[inline]
//   pub fn new(val: i32) -> Self {
//     TreeNode {
//       val,
//       left: None,
//       right: None
//     }
//   }
// }
use std::rc::Rc;
use std::cell::RefCell;
`,
};

/** LeetCode's Rust: snake_case names, associated functions on `Solution`, `&self` methods. */
function code(spec: ResolvedSpec): string {
  const params = (ps: ResolvedParam[]): string => ps.map((p) => `${snakeCase(p.name)}: ${rustType(p.type)}`).join(', ');
  const ret = (t: TypeRef): string => (t.kind === 'void' ? '' : ` -> ${rustType(t)}`);
  if (spec.kind === 'function') {
    const fn = spec.fn;
    return `impl Solution {\n    pub fn ${snakeCase(fn.name)}(${params(fn.params)})${ret(fn.returns)} {\n        \n    }\n}\n`;
  }
  const c = spec.className;
  const members = [
    `    fn new(${params(spec.ctorParams)}) -> Self {\n        \n    }`,
    ...spec.methods.map(
      (m) =>
        `    fn ${snakeCase(m.name)}(&self${m.params.length ? ', ' : ''}${params(m.params)})${ret(m.returns)} {\n        \n    }`,
    ),
  ];
  const args = (ps: ResolvedParam[]): string => ps.map((p) => snakeCase(p.name)).join(', ');
  const usage = usageLines(spec, (m, i) =>
    m.returns.kind === 'void'
      ? `obj.${snakeCase(m.name)}(${args(m.params)});`
      : `let ret_${i}: ${rustType(m.returns)} = obj.${snakeCase(m.name)}(${args(m.params)});`,
  );
  return `struct ${c} {\n\n}\n\n\n/** \n * \`&self\` means the method takes an immutable reference.\n * If you need a mutable reference, change it to \`&mut self\` instead.\n */\nimpl ${c} {\n\n${members.join('\n    \n')}\n}\n\n/**\n * Your ${c} object will be instantiated and called as such:\n * let obj = ${c}::new(${args(spec.ctorParams)});\n${usage.map((l) => ` * ${l}`).join('\n')}\n */\n`;
}

/** LeetCode's starter: the signature in natural types, empty bodies, node definitions as comments. */
export function rustStarter(spec: ResolvedSpec): string {
  return nodeComments(spec, NODE_COMMENTS) + code(spec);
}
