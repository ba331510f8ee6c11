import type { FunctionLanguageId } from '@tryout/contracts';
import type { CallableSpec, TypeRef } from '../problem/function-spec';
import { cppType } from '../harness/cpp.harness';
import { goType } from '../harness/go.harness';
import { HarnessException, HarnessExceptionCode } from '../harness/harness.exception';
import { javaType } from '../harness/java.harness';
import { kotlinStarter } from '../../../languages/src/kotlin/kotlin.starter';
import { scalaStarter } from '../../../languages/src/scala/scala.starter';
import {
  capitalize,
  resolveSpec,
  type ResolvedMethod,
  type ResolvedParam,
  type ResolvedSpec,
  usesNodeType,
} from '../harness/signature.util';

type ClassSpec = Extract<ResolvedSpec, { kind: 'class' }>;

// ---- natural type names per language (docs/problem-format.md)

const PY_SCALAR: Record<string, string> = { int: 'int', long: 'int', double: 'float', bool: 'bool', string: 'str' };
function pyType(t: TypeRef): string {
  if (t.kind === 'void') return 'None';
  if (t.kind === 'node') return `Optional[${t.base}]`;
  let type = PY_SCALAR[t.base];
  for (let d = 0; d < t.dims; d++) type = `List[${type}]`;
  return type;
}

const TS_SCALAR: Record<string, string> = {
  int: 'number',
  long: 'number',
  double: 'number',
  bool: 'boolean',
  string: 'string',
};
function tsType(t: TypeRef): string {
  if (t.kind === 'void') return 'void';
  if (t.kind === 'node') return `${t.base} | null`;
  return TS_SCALAR[t.base] + '[]'.repeat(t.dims);
}
/** JSDoc type as LeetCode writes it (`{ListNode}`, not `{ListNode | null}`). */
function jsDocType(t: TypeRef): string {
  return t.kind === 'node' ? t.base : tsType(t);
}

/** C++ parameter: arrays by reference as on LeetCode, scalars and strings by value. */
function cppParam(p: ResolvedParam): string {
  const type = cppType(p.type);
  return p.type.dims > 0 ? `${type}& ${p.name}` : `${type} ${p.name}`;
}

// ---- LeetCode's comment blocks for the node types

const NODE_COMMENTS: Record<Exclude<FunctionLanguageId, 'kotlin' | 'scala'>, { ListNode: string; TreeNode: string }> = {
  python: {
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
  },
  javascript: {
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
  },
  typescript: {
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
  },
  java: {
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
  },
  cpp: {
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
  },
  go: {
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
  },
};

function nodeComments(spec: ResolvedSpec, language: FunctionLanguageId): string {
  if (language === 'kotlin' || language === 'scala') return '';
  return (['ListNode', 'TreeNode'] as const)
    .filter((n) => usesNodeType(spec, n))
    .map((n) => NODE_COMMENTS[language][n])
    .join('');
}

const names = (params: ResolvedParam[]): string => params.map((p) => p.name).join(', ');
/** LeetCode's usage comment writes arguments without spaces: `obj.put(key,value)`. */
const usageArgs = (params: ResolvedParam[]): string => params.map((p) => p.name).join(',');

// ---- per language

function python(spec: ResolvedSpec): string {
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

function usageLines(spec: ClassSpec, line: (m: ResolvedMethod, index: number) => string): string[] {
  return spec.methods.map((m, i) => line(m, i + 1));
}

function jsDoc(params: ResolvedParam[], returns?: TypeRef): string {
  const lines = params.map((p) => ` * @param {${jsDocType(p.type)}} ${p.name}`);
  if (returns) lines.push(` * @return {${jsDocType(returns)}}`);
  return `/**\n${lines.join('\n')}\n */\n`;
}

function javascript(spec: ResolvedSpec): string {
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

function typescript(spec: ResolvedSpec): string {
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

function java(spec: ResolvedSpec): string {
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

function cpp(spec: ResolvedSpec): string {
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

function go(spec: ResolvedSpec): string {
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

const GENERATORS: Record<FunctionLanguageId, (spec: ResolvedSpec) => string> = {
  python,
  javascript,
  typescript,
  java,
  cpp,
  go,
  kotlin: kotlinStarter,
  scala: scalaStarter,
};

/**
 * LeetCode-looking starter code for a function or design problem: the signature in the
 * language's natural types, LeetCode's commented ListNode/TreeNode definitions where the
 * signature uses them, empty bodies (as on LeetCode).
 */
export function generateStarter(spec: CallableSpec, language: FunctionLanguageId): string {
  const generator = GENERATORS[language] as ((spec: ResolvedSpec) => string) | undefined;
  if (!generator)
    throw new HarnessException(HarnessExceptionCode.UnsupportedLanguage, `no starter for ${String(language)}`);
  const resolved = resolveSpec(spec);
  return nodeComments(resolved, language) + generator(resolved);
}
