import { names, nodeComments, type NodeComments, usageArgs, usageLines } from '../signature/starter.util';
import type { ResolvedParam, ResolvedSpec } from '../signature/signature.util';
import type { TypeRef } from '../signature/function-spec';
import { jsDocType } from '../typescript/typescript.types';

const NODE_COMMENTS: NodeComments = {
  ListNode: `/**
 * Definition for singly-linked list.
 * function ListNode(val, next) {
 *     this.val = (val===undefined ? 0 : val)
 *     this.next = (next===undefined ? null : next)
 * }
 */
`,
  TreeNode: `/**
 * Definition for a binary tree node.
 * function TreeNode(val, left, right) {
 *     this.val = (val===undefined ? 0 : val)
 *     this.left = (left===undefined ? null : left)
 *     this.right = (right===undefined ? null : right)
 * }
 */
`,
};

function jsDoc(params: ResolvedParam[], returns?: TypeRef): string {
  const lines = params.map((p) => ` * @param {${jsDocType(p.type)}} ${p.name}`);
  if (returns) lines.push(` * @return {${jsDocType(returns)}}`);
  return `/**\n${lines.join('\n')}\n */\n`;
}

function code(spec: ResolvedSpec): string {
  if (spec.kind === 'function') {
    const fn = spec.fn;
    return `${jsDoc(fn.params, fn.returns)}var ${fn.name} = function(${names(fn.params)}) {\n    \n};\n`;
  }
  const parts = [`${jsDoc(spec.ctorParams)}var ${spec.className} = function(${names(spec.ctorParams)}) {\n    \n};\n`];
  for (const m of spec.methods) {
    parts.push(
      `${jsDoc(m.params, m.returns).replace('/**\n', '/** \n')}${spec.className}.prototype.${m.name} = function(${names(m.params)}) {\n    \n};\n`,
    );
  }
  const usage = usageLines(spec, (m, i) =>
    m.returns.kind === 'void'
      ? `obj.${m.name}(${usageArgs(m.params)})`
      : `var param_${i} = obj.${m.name}(${usageArgs(m.params)})`,
  );
  parts.push(
    `/** \n * Your ${spec.className} object will be instantiated and called as such:\n * var obj = new ${spec.className}(${usageArgs(spec.ctorParams)})\n${usage.map((l) => ` * ${l}`).join('\n')}\n */\n`,
  );
  return parts.join('\n');
}

/** LeetCode's starter: the signature in natural types, empty bodies, node definitions as comments. */
export function javascriptStarter(spec: ResolvedSpec): string {
  return nodeComments(spec, NODE_COMMENTS) + code(spec);
}
