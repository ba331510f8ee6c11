import type { TypeRef } from '../signature/function-spec';
import { cClassPrefix, cMethodName, cParams, cReturnParams, cType } from './c.harness';
import { type ResolvedMethod, type ResolvedParam, type ResolvedSpec, usesNodeType } from '../signature/signature.util';

const NODE_COMMENTS = {
  ListNode: `/**
 * Definition for singly-linked list.
 * struct ListNode {
 *     int val;
 *     struct ListNode *next;
 * };
 */
`,
  TreeNode: `/**
 * Definition for a binary tree node.
 * struct TreeNode {
 *     int val;
 *     struct TreeNode *left;
 *     struct TreeNode *right;
 * };
 */
`,
};

/** LeetCode's note above a function that returns an array. */
function returnNote(t: TypeRef): string {
  if (t.kind !== 'scalar' || t.dims === 0) return '';
  if (t.dims === 1) return `/**\n * Note: The returned array must be malloced, assume caller calls free().\n */\n`;
  return `/**\n * Return an array of arrays of size *returnSize.\n * The sizes of the arrays are returned as *returnColumnSizes array.\n * Note: Both returned array and *columnSizes array must be malloced, assume caller calls free().\n */\n`;
}

const params = (ps: ResolvedParam[], extra: string[] = []): string => [...ps.flatMap(cParams), ...extra].join(', ');

/** The arguments of a usage line: every parameter name LeetCode's C signature has. */
const usage = (ps: ResolvedParam[], extra: string[] = []): string =>
  [...ps.flatMap(cParams), ...extra].map((d) => d.slice(d.lastIndexOf(' ') + 1)).join(', ');

/** LeetCode's C starter: arrays as pointer + size, returned sizes through out-parameters. */
export function cStarter(spec: ResolvedSpec): string {
  const nodes = (['ListNode', 'TreeNode'] as const)
    .filter((n) => usesNodeType(spec, n))
    .map((n) => NODE_COMMENTS[n])
    .join('');
  if (spec.kind === 'function') {
    const fn = spec.fn;
    return `${nodes}${returnNote(fn.returns)}${cType(fn.returns)} ${fn.name}(${params(fn.params, cReturnParams(fn.returns))}) {\n    \n}\n`;
  }
  const c = spec.className;
  const self = `${c}* obj`;
  const method = (m: ResolvedMethod): string =>
    `${returnNote(m.returns)}${cType(m.returns)} ${cMethodName(c, m.name)}(${[self, ...m.params.flatMap(cParams), ...cReturnParams(m.returns)].join(', ')}) {\n    \n}`;
  const parts = [
    `typedef struct {\n    \n} ${c};\n`,
    `${c}* ${cClassPrefix(c)}Create(${params(spec.ctorParams)}) {\n    \n}`,
    ...spec.methods.map(method),
    `void ${cClassPrefix(c)}Free(${self}) {\n    \n}`,
  ];
  const lines = [
    `${c}* obj = ${cClassPrefix(c)}Create(${usage(spec.ctorParams)});`,
    ...spec.methods.map((m, i) => {
      const call = `${cMethodName(c, m.name)}(${['obj', usage(m.params, cReturnParams(m.returns))].filter(Boolean).join(', ')});`;
      return m.returns.kind === 'void' ? call : `${cType(m.returns)} param_${i + 1} = ${call}`;
    }),
    `${cClassPrefix(c)}Free(obj);`,
  ];
  return `${nodes}\n\n${parts.join('\n\n')}\n\n/**\n * Your ${c} struct will be instantiated and called as such:\n${lines.map((l) => ` * ${l}`).join('\n')}\n */\n`;
}
