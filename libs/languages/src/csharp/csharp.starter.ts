import { nodeComments, type NodeComments, usageArgs, usageLines } from '../signature/starter.util';
import { capitalize, type ResolvedParam, type ResolvedSpec } from '../signature/signature.util';
import { csharpType } from './csharp.harness';

const NODE_COMMENTS: NodeComments = {
  ListNode: `/**
 * Definition for singly-linked list.
 * public class ListNode {
 *     public int val;
 *     public ListNode next;
 *     public ListNode(int val=0, ListNode next=null) {
 *         this.val = val;
 *         this.next = next;
 *     }
 * }
 */
`,
  TreeNode: `/**
 * Definition for a binary tree node.
 * public class TreeNode {
 *     public int val;
 *     public TreeNode left;
 *     public TreeNode right;
 *     public TreeNode(int val=0, TreeNode left=null, TreeNode right=null) {
 *         this.val = val;
 *         this.left = left;
 *         this.right = right;
 *     }
 * }
 */
`,
};

/** LeetCode's C#: PascalCase methods, arrays for array types. */
function code(spec: ResolvedSpec): string {
  const params = (ps: ResolvedParam[]): string => ps.map((p) => `${csharpType(p.type)} ${p.name}`).join(', ');
  if (spec.kind === 'function') {
    const fn = spec.fn;
    return `public class Solution {\n    public ${csharpType(fn.returns)} ${capitalize(fn.name)}(${params(fn.params)}) {\n        \n    }\n}\n`;
  }
  const c = spec.className;
  const members = [
    `    public ${c}(${params(spec.ctorParams)}) {\n        \n    }`,
    ...spec.methods.map(
      (m) => `    public ${csharpType(m.returns)} ${capitalize(m.name)}(${params(m.params)}) {\n        \n    }`,
    ),
  ];
  const usage = usageLines(spec, (m, i) =>
    m.returns.kind === 'void'
      ? `obj.${capitalize(m.name)}(${usageArgs(m.params)});`
      : `${csharpType(m.returns)} param_${i} = obj.${capitalize(m.name)}(${usageArgs(m.params)});`,
  );
  return `public class ${c} {\n\n${members.join('\n    \n')}\n}\n\n/**\n * Your ${c} object will be instantiated and called as such:\n * ${c} obj = new ${c}(${usageArgs(spec.ctorParams)});\n${usage.map((l) => ` * ${l}`).join('\n')}\n */\n`;
}

/** LeetCode's starter: the signature in natural types, empty bodies, node definitions as comments. */
export function csharpStarter(spec: ResolvedSpec): string {
  return nodeComments(spec, NODE_COMMENTS) + code(spec);
}
