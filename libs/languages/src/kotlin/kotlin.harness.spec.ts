import { describe, expect, it } from 'vitest';
import type { CallableSpec, TypeRef } from '../signature/function-spec';
import { resolveSpec } from '../signature/signature.util';
import { generateKotlinHarness, kotlinType } from './kotlin.harness';

const twoSum: CallableSpec = {
  kind: 'function',
  name: 'twoSum',
  params: [
    { name: 'nums', type: 'int[]' },
    { name: 'target', type: 'int' },
  ],
  returns: 'int[]',
  compare: 'any_order',
};
const minStack: CallableSpec = {
  kind: 'class',
  name: 'MinStack',
  constructor: { params: [] },
  methods: [
    { name: 'push', params: [{ name: 'val', type: 'int' }], returns: 'void' },
    { name: 'in', params: [{ name: 'head', type: 'ListNode' }], returns: 'TreeNode' },
  ],
  compare: 'exact',
};
const SOURCE = 'line one\nline two\n';
const t = (base: string, dims: 0 | 1 | 2): TypeRef => ({ kind: 'scalar', base, dims }) as TypeRef;

describe('kotlin harness', () => {
  it("writes LeetCode's Kotlin types", () => {
    expect(kotlinType(t('int', 1))).toBe('IntArray');
    expect(kotlinType(t('int', 2))).toBe('Array<IntArray>');
    expect(kotlinType(t('string', 1))).toBe('Array<String>');
    expect(kotlinType(t('string', 2))).toBe('Array<Array<String>>');
    expect(kotlinType(t('bool', 1))).toBe('BooleanArray');
    expect(kotlinType({ kind: 'node', base: 'ListNode', dims: 0 })).toBe('ListNode?');
    expect(kotlinType({ kind: 'void', dims: 0 })).toBe('Unit');
  });

  it('keeps the candidate in its own file, beside the glue and the fixed runtime, compiled together', () => {
    const h = generateKotlinHarness(resolveSpec(twoSum), SOURCE);
    expect(h.files.map((f) => f.path)).toEqual(['Main.kt', 'TryoutJson.kt', 'Solution.kt']);
    expect(h.files[2].content).toBe(SOURCE);
    expect(h.compile?.slice(-3)).toEqual(['Main.kt', 'TryoutJson.kt', 'Solution.kt']);
    expect(h.files[0].content).toContain('Solution().twoSum(a[0] as IntArray, a[1] as Int)');
    expect(h.files[1].content).toContain('object TryoutJson');
  });

  it('ships the node types only when the signature uses them; keywords are backticked', () => {
    const h = generateKotlinHarness(resolveSpec(minStack), SOURCE);
    expect(h.files.map((f) => f.path)).toEqual([
      'Main.kt',
      'TryoutJson.kt',
      'ListNode.kt',
      'TreeNode.kt',
      'Solution.kt',
    ]);
    const main = h.files[0].content.toString();
    expect(main).toContain('val obj = MinStack()');
    expect(main).toContain('TryoutTreeNode.toList(obj.`in`(c[0] as ListNode?))');
    expect(main).toContain(
      '"push" -> {\n                    obj.push(c[0] as Int)\n                    b.append("null")',
    );
  });
});
