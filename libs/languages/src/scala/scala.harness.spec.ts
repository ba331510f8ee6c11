import { describe, expect, it } from 'vitest';
import type { CallableSpec, TypeRef } from '../signature/function-spec';
import { resolveSpec } from '../signature/signature.util';
import { generateScalaHarness, scalaType } from './scala.harness';

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
const design: CallableSpec = {
  kind: 'class',
  name: 'Codec',
  constructor: { params: [{ name: 'capacity', type: 'long' }] },
  methods: [
    { name: 'type', params: [{ name: 'root', type: 'TreeNode' }], returns: 'string[][]' },
    { name: 'clear', params: [], returns: 'void' },
  ],
  compare: 'exact',
};
const SOURCE = 'line one\nline two\n';
const t = (base: string, dims: 0 | 1 | 2): TypeRef => ({ kind: 'scalar', base, dims }) as TypeRef;

describe('scala harness', () => {
  it("writes LeetCode's Scala types", () => {
    expect(scalaType(t('int', 1))).toBe('Array[Int]');
    expect(scalaType(t('long', 2))).toBe('Array[Array[Long]]');
    expect(scalaType(t('bool', 0))).toBe('Boolean');
    expect(scalaType({ kind: 'node', base: 'TreeNode', dims: 0 })).toBe('TreeNode');
    expect(scalaType({ kind: 'void', dims: 0 })).toBe('Unit');
  });

  it('keeps the candidate in its own file, beside the glue and the fixed runtime, compiled together', () => {
    const h = generateScalaHarness(resolveSpec(twoSum), SOURCE);
    expect(h.files.map((f) => f.path)).toEqual(['Main.scala', 'TryoutJson.scala', 'Solution.scala']);
    expect(h.files[2].content).toBe(SOURCE);
    expect(h.compile?.slice(-3)).toEqual(['Main.scala', 'TryoutJson.scala', 'Solution.scala']);
    expect(h.files[0].content).toContain('Solution.twoSum(a(0).asInstanceOf[Array[Int]], a(1).asInstanceOf[Int])');
  });

  it('ships the node types only when the signature uses them; reserved words are backticked', () => {
    const h = generateScalaHarness(resolveSpec(design), SOURCE);
    expect(h.files.map((f) => f.path)).toEqual(['Main.scala', 'TryoutJson.scala', 'TreeNode.scala', 'Solution.scala']);
    const main = h.files[0].content.toString();
    expect(main).toContain('val obj = new Codec(c(0).asInstanceOf[Long])');
    expect(main).toContain('TryoutJson.write(b, obj.`type`(c(0).asInstanceOf[TreeNode]))');
    expect(main).toContain('obj.clear()\n            b.append("null")');
  });
});
