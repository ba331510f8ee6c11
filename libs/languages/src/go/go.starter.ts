import { nodeComments, type NodeComments, usageArgs, usageLines } from '../signature/starter.util';
import type { ResolvedParam, ResolvedSpec } from '../signature/signature.util';
import type { TypeRef } from '../signature/function-spec';
import { capitalize } from '../signature/signature.util';
import { goType } from './go.harness';

const NODE_COMMENTS: NodeComments = {
  ListNode: `/**
 * Definition for singly-linked list.
 * type ListNode struct {
 *     Val int
 *     Next *ListNode
 * }
 */
`,
  TreeNode: `/**
 * Definition for a binary tree node.
 * type TreeNode struct {
 *     Val int
 *     Left *TreeNode
 *     Right *TreeNode
 * }
 */
`,
};

function code(spec: ResolvedSpec): string {
  const params = (ps: ResolvedParam[]): string => ps.map((p) => `${p.name} ${goType(p.type)}`).join(', ');
  const ret = (t: TypeRef): string => (t.kind === 'void' ? ' ' : ` ${goType(t)} `);
  if (spec.kind === 'function') {
    const fn = spec.fn;
    return `func ${fn.name}(${params(fn.params)})${ret(fn.returns)}{\n    \n}\n`;
  }
  const c = spec.className;
  const parts = [`type ${c} struct {\n    \n}\n`, `func Constructor(${params(spec.ctorParams)}) ${c} {\n    \n}\n`];
  for (const m of spec.methods)
    parts.push(`func (this *${c}) ${capitalize(m.name)}(${params(m.params)})${ret(m.returns)}{\n    \n}\n`);
  const usage = usageLines(spec, (m, i) =>
    m.returns.kind === 'void'
      ? `obj.${capitalize(m.name)}(${usageArgs(m.params)});`
      : `param_${i} := obj.${capitalize(m.name)}(${usageArgs(m.params)});`,
  );
  parts.push(
    `/**\n * Your ${c} object will be instantiated and called as such:\n * obj := Constructor(${usageArgs(spec.ctorParams)});\n${usage.map((l) => ` * ${l}`).join('\n')}\n */\n`,
  );
  return parts.join('\n\n');
}

/** LeetCode's starter: the signature in natural types, empty bodies, node definitions as comments. */
export function goStarter(spec: ResolvedSpec): string {
  return nodeComments(spec, NODE_COMMENTS) + code(spec);
}
