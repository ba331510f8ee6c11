import { nodeComments, type NodeComments, usageArgs, usageLines } from '../signature/starter.util';
import type { ResolvedParam, ResolvedSpec } from '../signature/signature.util';
import { cppType } from './cpp.harness';

const NODE_COMMENTS: NodeComments = {
  ListNode: `/**
 * Definition for singly-linked list.
 * struct ListNode {
 *     int val;
 *     ListNode *next;
 *     ListNode() : val(0), next(nullptr) {}
 *     ListNode(int x) : val(x), next(nullptr) {}
 *     ListNode(int x, ListNode *next) : val(x), next(next) {}
 * };
 */
`,
  TreeNode: `/**
 * Definition for a binary tree node.
 * struct TreeNode {
 *     int val;
 *     TreeNode *left;
 *     TreeNode *right;
 *     TreeNode() : val(0), left(nullptr), right(nullptr) {}
 *     TreeNode(int x) : val(x), left(nullptr), right(nullptr) {}
 *     TreeNode(int x, TreeNode *left, TreeNode *right) : val(x), left(left), right(right) {}
 * };
 */
`,
};

/** C++ parameter: arrays by reference as on LeetCode, scalars and strings by value. */
function cppParam(p: ResolvedParam): string {
  const type = cppType(p.type);
  return p.type.dims > 0 ? `${type}& ${p.name}` : `${type} ${p.name}`;
}

function code(spec: ResolvedSpec): string {
  const params = (ps: ResolvedParam[]): string => ps.map(cppParam).join(', ');
  if (spec.kind === 'function') {
    const fn = spec.fn;
    return `class Solution {\npublic:\n    ${cppType(fn.returns)} ${fn.name}(${params(fn.params)}) {\n        \n    }\n};\n`;
  }
  const members = [
    `    ${spec.className}(${params(spec.ctorParams)}) {\n        \n    }`,
    ...spec.methods.map((m) => `    ${cppType(m.returns)} ${m.name}(${params(m.params)}) {\n        \n    }`),
  ];
  const usage = usageLines(spec, (m, i) =>
    m.returns.kind === 'void'
      ? `obj->${m.name}(${usageArgs(m.params)});`
      : `${cppType(m.returns)} param_${i} = obj->${m.name}(${usageArgs(m.params)});`,
  );
  return `class ${spec.className} {\npublic:\n${members.join('\n    \n')}\n};\n\n/**\n * Your ${spec.className} object will be instantiated and called as such:\n * ${spec.className}* obj = new ${spec.className}(${usageArgs(spec.ctorParams)});\n${usage.map((l) => ` * ${l}`).join('\n')}\n */\n`;
}

/** LeetCode's starter: the signature in natural types, empty bodies, node definitions as comments. */
export function cppStarter(spec: ResolvedSpec): string {
  return nodeComments(spec, NODE_COMMENTS) + code(spec);
}
