import { nodeComments, type NodeComments, usageArgs, usageLines } from '../signature/starter.util';
import type { ResolvedMethod, ResolvedSpec } from '../signature/signature.util';
import type { TypeRef } from '../signature/function-spec';

const NODE_COMMENTS: NodeComments = {
  ListNode: `# Definition for singly-linked list.
# class ListNode:
#     def __init__(self, val=0, next=None):
#         self.val = val
#         self.next = next
`,
  TreeNode: `# Definition for a binary tree node.
# class TreeNode:
#     def __init__(self, val=0, left=None, right=None):
#         self.val = val
#         self.left = left
#         self.right = right
`,
};

const PY_SCALAR: Record<string, string> = { int: 'int', long: 'int', double: 'float', bool: 'bool', string: 'str' };
function pyType(t: TypeRef): string {
  if (t.kind === 'void') return 'None';
  if (t.kind === 'node') return `Optional[${t.base}]`;
  let type = PY_SCALAR[t.base];
  for (let d = 0; d < t.dims; d++) type = `List[${type}]`;
  return type;
}

function code(spec: ResolvedSpec): string {
  const sig = (m: ResolvedMethod): string =>
    `def ${m.name}(self${m.params.map((p) => `, ${p.name}: ${pyType(p.type)}`).join('')}) -> ${pyType(m.returns)}:`;
  if (spec.kind === 'function') return `class Solution:\n    ${sig(spec.fn)}\n        \n`;
  const ctor = `def __init__(self${spec.ctorParams.map((p) => `, ${p.name}: ${pyType(p.type)}`).join('')}):`;
  const body = [ctor, ...spec.methods.map(sig)].map((s) => `    ${s}\n        \n`).join('\n');
  const usage = usageLines(spec, (m, i) =>
    m.returns.kind === 'void'
      ? `obj.${m.name}(${usageArgs(m.params)})`
      : `param_${i} = obj.${m.name}(${usageArgs(m.params)})`,
  );
  return `class ${spec.className}:\n\n${body}\n\n# Your ${spec.className} object will be instantiated and called as such:\n# obj = ${spec.className}(${usageArgs(spec.ctorParams)})\n${usage.map((l) => `# ${l}`).join('\n')}\n`;
}

/** LeetCode's starter: the signature in natural types, empty bodies, node definitions as comments. */
export function pythonStarter(spec: ResolvedSpec): string {
  return nodeComments(spec, NODE_COMMENTS) + code(spec);
}
