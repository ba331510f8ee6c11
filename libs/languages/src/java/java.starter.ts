import { nodeComments, type NodeComments, usageArgs, usageLines } from '../signature/starter.util';
import type { ResolvedParam, ResolvedSpec } from '../signature/signature.util';
import { javaType } from './java.harness';

const NODE_COMMENTS: NodeComments = {
  ListNode: `/**
 * Definition for singly-linked list.
 * public class ListNode {
 *     int val;
 *     ListNode next;
 *     ListNode() {}
 *     ListNode(int val) { this.val = val; }
 *     ListNode(int val, ListNode next) { this.val = val; this.next = next; }
 * }
 */
`,
  TreeNode: `/**
 * Definition for a binary tree node.
 * public class TreeNode {
 *     int val;
 *     TreeNode left;
 *     TreeNode right;
 *     TreeNode() {}
 *     TreeNode(int val) { this.val = val; }
 *     TreeNode(int val, TreeNode left, TreeNode right) {
 *         this.val = val;
 *         this.left = left;
 *         this.right = right;
 *     }
 * }
 */
`,
};

function code(spec: ResolvedSpec): string {
  const params = (ps: ResolvedParam[]): string => ps.map((p) => `${javaType(p.type)} ${p.name}`).join(', ');
  if (spec.kind === 'function') {
    const fn = spec.fn;
    return `class Solution {\n    public ${javaType(fn.returns)} ${fn.name}(${params(fn.params)}) {\n        \n    }\n}\n`;
  }
  const members = [
    `    public ${spec.className}(${params(spec.ctorParams)}) {\n        \n    }`,
    ...spec.methods.map((m) => `    public ${javaType(m.returns)} ${m.name}(${params(m.params)}) {\n        \n    }`),
  ];
  const usage = usageLines(spec, (m, i) =>
    m.returns.kind === 'void'
      ? `obj.${m.name}(${usageArgs(m.params)});`
      : `${javaType(m.returns)} param_${i} = obj.${m.name}(${usageArgs(m.params)});`,
  );
  return `class ${spec.className} {\n\n${members.join('\n    \n')}\n}\n\n/**\n * Your ${spec.className} object will be instantiated and called as such:\n * ${spec.className} obj = new ${spec.className}(${usageArgs(spec.ctorParams)});\n${usage.map((l) => ` * ${l}`).join('\n')}\n */\n`;
}

/** LeetCode's starter: the signature in natural types, empty bodies, node definitions as comments. */
export function javaStarter(spec: ResolvedSpec): string {
  return nodeComments(spec, NODE_COMMENTS) + code(spec);
}
