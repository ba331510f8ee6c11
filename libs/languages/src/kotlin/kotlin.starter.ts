import { type ResolvedMethod, type ResolvedParam, type ResolvedSpec, usesNodeType } from '../signature/signature.util';
import { kotlinName, kotlinType } from './kotlin.harness';

const LIST_NODE = `/**
 * Example:
 * var li = ListNode(5)
 * var v = li.\`val\`
 * Definition for singly-linked list.
 * class ListNode(var \`val\`: Int) {
 *     var next: ListNode? = null
 * }
 */
`;

const TREE_NODE = `/**
 * Example:
 * var ti = TreeNode(5)
 * var v = ti.\`val\`
 * Definition for a binary tree node.
 * class TreeNode(var \`val\`: Int) {
 *     var left: TreeNode? = null
 *     var right: TreeNode? = null
 * }
 */
`;

const params = (ps: ResolvedParam[]): string =>
  ps.map((p) => `${kotlinName(p.name)}: ${kotlinType(p.type)}`).join(', ');
const usageArgs = (ps: ResolvedParam[]): string => ps.map((p) => kotlinName(p.name)).join(',');

function method(m: ResolvedMethod, indent: string): string {
  const ret = m.returns.kind === 'void' ? '' : `: ${kotlinType(m.returns)}`;
  return `${indent}fun ${kotlinName(m.name)}(${params(m.params)})${ret} {\n${indent}    \n${indent}}`;
}

/** LeetCode's Kotlin starter: `class Solution { fun f(...): T { } }`, or the design class with its usage comment. */
export function kotlinStarter(spec: ResolvedSpec): string {
  const nodes = (usesNodeType(spec, 'ListNode') ? LIST_NODE : '') + (usesNodeType(spec, 'TreeNode') ? TREE_NODE : '');
  if (spec.kind === 'function') return `${nodes}class Solution {\n${method(spec.fn, '    ')}\n}\n`;
  const c = kotlinName(spec.className);
  const usage = spec.methods.map((m, i) =>
    m.returns.kind === 'void'
      ? ` * obj.${kotlinName(m.name)}(${usageArgs(m.params)})`
      : ` * var param_${i + 1} = obj.${kotlinName(m.name)}(${usageArgs(m.params)})`,
  );
  return `${nodes}class ${c}(${params(spec.ctorParams)}) {

${spec.methods.map((m) => method(m, '    ')).join('\n\n')}

}

/**
 * Your ${spec.className} object will be instantiated and called as such:
 * var obj = ${c}(${usageArgs(spec.ctorParams)})
${usage.join('\n')}
 */
`;
}
