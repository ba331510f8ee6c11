import type { TypeRef } from '../signature/function-spec';
import type { ResolvedMethod, ResolvedParam, ResolvedSpec } from '../signature/signature.util';
import { nodeComments, type NodeComments, usageLines } from '../signature/starter.util';

/** LeetCode's PHPDoc type names. */
const PHP_SCALAR: Record<string, string> = {
  int: 'Integer',
  long: 'Integer',
  double: 'Float',
  bool: 'Boolean',
  string: 'String',
};

export function phpType(t: TypeRef): string {
  if (t.kind === 'void') return 'NULL';
  if (t.kind === 'node') return t.base;
  return PHP_SCALAR[t.base] + '[]'.repeat(t.dims);
}

const NODE_COMMENTS: NodeComments = {
  ListNode: `/**
 * Definition for a singly-linked list.
 * class ListNode {
 *     public $val = 0;
 *     public $next = null;
 *     function __construct($val = 0, $next = null) {
 *         $this->val = $val;
 *         $this->next = $next;
 *     }
 * }
 */
`,
  TreeNode: `/**
 * Definition for a binary tree node.
 * class TreeNode {
 *     public $val = null;
 *     public $left = null;
 *     public $right = null;
 *     function __construct($val = 0, $left = null, $right = null) {
 *         $this->val = $val;
 *         $this->left = $left;
 *         $this->right = $right;
 *     }
 * }
 */
`,
};

const vars = (params: ResolvedParam[]): string => params.map((p) => `$${p.name}`).join(', ');

function docBlock(params: ResolvedParam[], returns?: TypeRef): string {
  const lines = params.map((p) => `     * @param ${phpType(p.type)} $${p.name}`);
  if (returns) lines.push(`     * @return ${phpType(returns)}`);
  return `    /**\n${lines.join('\n')}\n     */\n`;
}

const method = (name: string, params: ResolvedParam[], returns?: TypeRef): string =>
  `${params.length || returns ? docBlock(params, returns) : ''}    function ${name}(${vars(params)}) {\n        \n    }`;

/** LeetCode's PHP starter: a class with PHPDoc types, no `<?php` tag (the harness adds it). */
export function phpStarter(spec: ResolvedSpec): string {
  const comments = nodeComments(spec, NODE_COMMENTS);
  if (spec.kind === 'function') {
    const fn = spec.fn;
    return `${comments}class Solution {\n\n${method(fn.name, fn.params, fn.returns)}\n}\n`;
  }
  const members = [
    method('__construct', spec.ctorParams),
    ...spec.methods.map((m: ResolvedMethod) => method(m.name, m.params, m.returns)),
  ];
  const usage = usageLines(spec, (m, i) =>
    m.returns.kind === 'void'
      ? `$obj->${m.name}(${vars(m.params)});`
      : `$ret_${i} = $obj->${m.name}(${vars(m.params)});`,
  );
  return `${comments}class ${spec.className} {\n${members.join('\n  \n')}\n}\n\n/**\n * Your ${spec.className} object will be instantiated and called as such:\n * $obj = ${spec.className}(${vars(spec.ctorParams)});\n${usage.map((l) => ` * ${l}`).join('\n')}\n */\n`;
}
