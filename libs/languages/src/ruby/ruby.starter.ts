import type { TypeRef } from '../signature/function-spec';
import { rubyName } from './ruby.harness';
import { type ResolvedMethod, type ResolvedParam, type ResolvedSpec, usesNodeType } from '../signature/signature.util';

const NODE_COMMENTS = {
  ListNode: `# Definition for singly-linked list.
# class ListNode
#     attr_accessor :val, :next
#     def initialize(val = 0, _next = nil)
#         @val = val
#         @next = _next
#     end
# end
`,
  TreeNode: `# Definition for a binary tree node.
# class TreeNode
#     attr_accessor :val, :left, :right
#     def initialize(val = 0, left = nil, right = nil)
#         @val = val
#         @left = left
#         @right = right
#     end
# end
`,
};

const RUBY_SCALAR: Record<string, string> = {
  int: 'Integer',
  long: 'Integer',
  double: 'Float',
  bool: 'Boolean',
  string: 'String',
};

/** The type LeetCode's Ruby doc comments name: `Integer[]`, `ListNode`, `Void`. */
export function rubyDocType(t: TypeRef): string {
  if (t.kind === 'void') return 'Void';
  if (t.kind === 'node') return t.base;
  return RUBY_SCALAR[t.base] + '[]'.repeat(t.dims);
}

const names = (ps: ResolvedParam[]): string => ps.map((p) => rubyName(p.name)).join(', ');

/** LeetCode's Ruby starter: a top-level snake_case method, or a class with `initialize`. */
export function rubyStarter(spec: ResolvedSpec): string {
  const nodes = (['ListNode', 'TreeNode'] as const)
    .filter((n) => usesNodeType(spec, n))
    .map((n) => NODE_COMMENTS[n])
    .join('');
  if (spec.kind === 'function') {
    const fn = spec.fn;
    const doc = [
      ...fn.params.map((p) => `# @param {${rubyDocType(p.type)}} ${rubyName(p.name)}`),
      `# @return {${rubyDocType(fn.returns)}}`,
    ];
    return `${nodes}${doc.join('\n')}\ndef ${rubyName(fn.name)}(${names(fn.params)})\n    \nend\n`;
  }
  const doc = (ps: ResolvedParam[], returns?: TypeRef): string => {
    const lines = ps.map((p) => `    :type ${rubyName(p.name)}: ${rubyDocType(p.type)}`);
    if (returns) lines.push(`    :rtype: ${rubyDocType(returns)}`);
    return lines.length ? `=begin\n${lines.join('\n')}\n=end\n` : '';
  };
  const method = (m: ResolvedMethod): string =>
    `${doc(m.params, m.returns)}    def ${rubyName(m.name)}(${names(m.params)})\n        \n    end`;
  const c = spec.className;
  const members = [
    `${doc(spec.ctorParams)}    def initialize(${names(spec.ctorParams)})\n        \n    end`,
    ...spec.methods.map(method),
  ];
  const usage = spec.methods.map((m, i) => {
    const call = `obj.${rubyName(m.name)}(${names(m.params)})`;
    return m.returns.kind === 'void' ? call : `param_${i + 1} = ${call}`;
  });
  return `${nodes}class ${c}\n\n${members.join('\n\n\n')}\n\n\nend\n\n# Your ${c} object will be instantiated and called as such:\n# obj = ${c}.new(${names(spec.ctorParams)})\n${usage.map((l) => `# ${l}`).join('\n')}\n`;
}
