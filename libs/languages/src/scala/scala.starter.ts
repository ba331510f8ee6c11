import { type ResolvedMethod, type ResolvedParam, type ResolvedSpec, usesNodeType } from '../signature/signature.util';
import { scalaName, scalaType } from './scala.harness';

const LIST_NODE = `/**
 * Definition for singly-linked list.
 * class ListNode(_x: Int = 0, _next: ListNode = null) {
 *   var next: ListNode = _next
 *   var x: Int = _x
 * }
 */
`;

const TREE_NODE = `/**
 * Definition for a binary tree node.
 * class TreeNode(_value: Int = 0, _left: TreeNode = null, _right: TreeNode = null) {
 *   var value: Int = _value
 *   var left: TreeNode = _left
 *   var right: TreeNode = _right
 * }
 */
`;

/** LeetCode's Scala design classes prefix constructor and method parameters with `_`. */
const params = (ps: ResolvedParam[], prefix: string): string =>
  ps.map((p) => `${scalaName(prefix + p.name)}: ${scalaType(p.type)}`).join(', ');
const usageArgs = (ps: ResolvedParam[]): string => ps.map((p) => scalaName(p.name)).join(',');

function method(m: ResolvedMethod, prefix: string): string {
  return `    def ${scalaName(m.name)}(${params(m.params, prefix)}): ${scalaType(m.returns)} = {\n        \n    }`;
}

/** LeetCode's Scala starter: `object Solution { def f(...): T = { } }`, or the design class with its usage comment. */
export function scalaStarter(spec: ResolvedSpec): string {
  const nodes = (usesNodeType(spec, 'ListNode') ? LIST_NODE : '') + (usesNodeType(spec, 'TreeNode') ? TREE_NODE : '');
  if (spec.kind === 'function') return `${nodes}object Solution {\n${method(spec.fn, '')}\n}\n`;
  const c = scalaName(spec.className);
  const usage = spec.methods.map((m, i) =>
    m.returns.kind === 'void'
      ? ` * obj.${scalaName(m.name)}(${usageArgs(m.params)})`
      : ` * val param_${i + 1} = obj.${scalaName(m.name)}(${usageArgs(m.params)})`,
  );
  return `${nodes}class ${c}(${params(spec.ctorParams, '_')}) {

${spec.methods.map((m) => method(m, '_')).join('\n\n')}

}

/**
 * Your ${spec.className} object will be instantiated and called as such:
 * val obj = new ${c}(${usageArgs(spec.ctorParams)})
${usage.join('\n')}
 */
`;
}
