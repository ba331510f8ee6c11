import { nodeComments, type NodeComments, usageArgs, usageLines } from '../signature/starter.util';
import type { ResolvedParam, ResolvedSpec } from '../signature/signature.util';
import { tsType } from './typescript.types';

const NODE_COMMENTS: NodeComments = {
  ListNode: `/**
 * Definition for singly-linked list.
 * class ListNode {
 *     val: number
 *     next: ListNode | null
 *     constructor(val?: number, next?: ListNode | null) {
 *         this.val = (val===undefined ? 0 : val)
 *         this.next = (next===undefined ? null : next)
 *     }
 * }
 */

`,
  TreeNode: `/**
 * Definition for a binary tree node.
 * class TreeNode {
 *     val: number
 *     left: TreeNode | null
 *     right: TreeNode | null
 *     constructor(val?: number, left?: TreeNode | null, right?: TreeNode | null) {
 *         this.val = (val===undefined ? 0 : val)
 *         this.left = (left===undefined ? null : left)
 *         this.right = (right===undefined ? null : right)
 *     }
 * }
 */

`,
};

function code(spec: ResolvedSpec): string {
  const params = (ps: ResolvedParam[]): string => ps.map((p) => `${p.name}: ${tsType(p.type)}`).join(', ');
  if (spec.kind === 'function') {
    const fn = spec.fn;
    return `function ${fn.name}(${params(fn.params)}): ${tsType(fn.returns)} {\n    \n};\n`;
  }
  const members = [
    `    constructor(${params(spec.ctorParams)}) {\n        \n    }`,
    ...spec.methods.map((m) => `    ${m.name}(${params(m.params)}): ${tsType(m.returns)} {\n        \n    }`),
  ];
  const usage = usageLines(spec, (m, i) =>
    m.returns.kind === 'void'
      ? `obj.${m.name}(${usageArgs(m.params)})`
      : `var param_${i} = obj.${m.name}(${usageArgs(m.params)})`,
  );
  return `class ${spec.className} {\n${members.join('\n\n')}\n}\n\n/**\n * Your ${spec.className} object will be instantiated and called as such:\n * var obj = new ${spec.className}(${usageArgs(spec.ctorParams)})\n${usage.map((l) => ` * ${l}`).join('\n')}\n */\n`;
}

/** LeetCode's starter: the signature in natural types, empty bodies, node definitions as comments. */
export function typescriptStarter(spec: ResolvedSpec): string {
  return nodeComments(spec, NODE_COMMENTS) + code(spec);
}
