import { describe, expect, it } from 'vitest';
import { csharpType } from '../csharp/csharp.harness';
import { functionSupport } from '../registry';
import { rustType, snakeCase } from '../rust/rust.harness';
import type { CallableSpec, FunctionSpec } from '../signature/function-spec';
import { resolveSpec } from '../signature/signature.util';

const twoSum: FunctionSpec = {
  kind: 'function',
  name: 'twoSum',
  params: [
    { name: 'nums', type: 'int[]' },
    { name: 'target', type: 'int' },
  ],
  returns: 'int[]',
  compare: 'any_order',
};
const tree: CallableSpec = {
  kind: 'function',
  name: 'invertTree',
  params: [{ name: 'root', type: 'TreeNode' }],
  returns: 'TreeNode',
  compare: 'exact',
};
const list: CallableSpec = {
  kind: 'function',
  name: 'reverseList',
  params: [{ name: 'head', type: 'ListNode' }],
  returns: 'ListNode',
  compare: 'exact',
};
const mix: CallableSpec = {
  kind: 'function',
  name: 'mix',
  params: [
    { name: 's', type: 'string' },
    { name: 'flag', type: 'bool' },
    { name: 'x', type: 'double' },
    { name: 'big', type: 'long' },
    { name: 'grid', type: 'int[][]' },
  ],
  returns: 'long',
  compare: 'exact',
};
const lru: CallableSpec = {
  kind: 'class',
  name: 'LRUCache',
  constructor: { params: [{ name: 'capacity', type: 'int' }] },
  methods: [
    { name: 'get', params: [{ name: 'key', type: 'int' }], returns: 'int' },
    {
      name: 'put',
      params: [
        { name: 'key', type: 'int' },
        { name: 'value', type: 'int' },
      ],
      returns: 'void',
    },
  ],
  compare: 'exact',
};
const minStack: CallableSpec = {
  kind: 'class',
  name: 'MinStack',
  constructor: { params: [] },
  methods: [
    { name: 'push', params: [{ name: 'val', type: 'int' }], returns: 'void' },
    { name: 'getMin', params: [], returns: 'int' },
  ],
  compare: 'exact',
};

const generateHarness = (spec: CallableSpec, language: string, source: string) =>
  functionSupport(language).harness(resolveSpec(spec), source);
const generateStarter = (spec: CallableSpec, language: string): string =>
  functionSupport(language).starter(resolveSpec(spec));

const SOURCE = 'line one\nline two\nline three\n';

function file(spec: CallableSpec, language: 'rust' | 'csharp', path: string): string {
  const f = generateHarness(spec, language, SOURCE).files.find((x) => x.path === path);
  if (!f) throw new Error(`no ${path}`);
  return f.content.toString();
}

const types = (spec: CallableSpec): string[] => {
  const r = resolveSpec(spec);
  return r.kind === 'function' ? r.fn.params.map((p) => rustType(p.type)) : [];
};

describe('rust harness and starter', () => {
  it('uses LeetCode natural types and snake_case names', () => {
    expect(types(mix)).toEqual(['String', 'bool', 'f64', 'i64', 'Vec<Vec<i32>>']);
    expect(types(tree)).toEqual(['Option<Rc<RefCell<TreeNode>>>']);
    expect(types(list)).toEqual(['Option<Box<ListNode>>']);
    expect(snakeCase('twoSum')).toBe('two_sum');
    expect(snakeCase('getMin')).toBe('get_min');
    expect(snakeCase('ttlMs')).toBe('ttl_ms');
    expect(snakeCase('put')).toBe('put');
  });

  it('includes the candidate file unchanged, so its own lines and file name stay', () => {
    const h = generateHarness(twoSum, 'rust', SOURCE);
    expect(h.files.map((f) => f.path)).toEqual(['main.rs', 'tryout.rs', 'solution.rs']);
    expect(file(twoSum, 'rust', 'solution.rs')).toBe(SOURCE);
    const main = file(twoSum, 'rust', 'main.rs');
    expect(main).toContain('include!("solution.rs");');
    expect(main).toContain('pub struct Solution;');
    expect(main).toContain('Solution::two_sum(a0, a1)');
    // The stdio compile argv builds it: rustc finds tryout.rs beside main.rs.
    expect(h.compile).toBeUndefined();
  });

  it('re-exports only the node types the signature uses; design classes call new and snake_case methods', () => {
    expect(file(twoSum, 'rust', 'main.rs')).not.toMatch(/ListNode|TreeNode/);
    expect(file(tree, 'rust', 'main.rs')).toContain('pub use tryout::{TreeNode};');
    const main = file(minStack, 'rust', 'main.rs');
    expect(main).not.toContain('struct Solution');
    expect(main).toContain('let mut obj = MinStack::new();');
    expect(main).toContain('obj.get_min()');
    expect(file(lru, 'rust', 'main.rs')).toContain('LRUCache::new(c0)');
  });

  it('writes the starter as LeetCode does', () => {
    expect(generateStarter(twoSum, 'rust')).toBe(
      'impl Solution {\n    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {\n        \n    }\n}\n',
    );
    const t = generateStarter(tree, 'rust');
    expect(t).toMatch(/^\/\/ Definition for a binary tree node\./);
    expect(t).toContain('use std::rc::Rc;\nuse std::cell::RefCell;\nimpl Solution {');
    expect(t).toContain('pub fn invert_tree(root: Option<Rc<RefCell<TreeNode>>>) -> Option<Rc<RefCell<TreeNode>>> {');
    expect(generateStarter(list, 'rust')).toContain('// pub struct ListNode {');
    const design = generateStarter(lru, 'rust');
    expect(design).toContain('struct LRUCache {\n\n}');
    expect(design).toContain('    fn new(capacity: i32) -> Self {');
    expect(design).toContain('    fn get(&self, key: i32) -> i32 {');
    expect(design).toContain('    fn put(&self, key: i32, value: i32) {');
    expect(design).toContain(
      ' * let obj = LRUCache::new(capacity);\n * let ret_1: i32 = obj.get(key);\n * obj.put(key, value);',
    );
  });
});

describe('csharp harness and starter', () => {
  it('uses LeetCode natural types and PascalCase methods', () => {
    const r = resolveSpec(mix);
    if (r.kind !== 'function') throw new Error('function expected');
    expect(r.fn.params.map((p) => csharpType(p.type))).toEqual(['string', 'bool', 'double', 'long', 'int[][]']);
    expect(file(twoSum, 'csharp', 'main.cs')).toContain('new Solution().TwoSum(a0, a1)');
    expect(file(minStack, 'csharp', 'main.cs')).toContain('obj.GetMin()');
  });

  it("puts LeetCode's usings on the candidate's line 1 and builds the runtime files the signature needs", () => {
    const source = file(twoSum, 'csharp', 'solution.cs');
    expect(source.split('\n').slice(1)).toEqual(SOURCE.split('\n').slice(1));
    expect(source.split('\n')[0]).toMatch(/^using System; .*line one$/);
    const h = generateHarness(tree, 'csharp', SOURCE);
    expect(h.files.map((f) => f.path)).toEqual(['main.cs', 'Tryout.cs', 'TreeNode.cs', 'solution.cs']);
    expect(h.compile).toContain('-debug');
    expect(h.compile?.slice(-4)).toEqual(['main.cs', 'Tryout.cs', 'TreeNode.cs', 'solution.cs']);
    expect(h.run).toEqual(['mono', '--debug', 'main.exe']);
    expect(generateHarness(twoSum, 'csharp', SOURCE).files.map((f) => f.path)).toEqual([
      'main.cs',
      'Tryout.cs',
      'solution.cs',
    ]);
  });

  it('writes the starter as LeetCode does', () => {
    expect(generateStarter(twoSum, 'csharp')).toBe(
      'public class Solution {\n    public int[] TwoSum(int[] nums, int target) {\n        \n    }\n}\n',
    );
    expect(generateStarter(tree, 'csharp')).toContain(
      ' *     public TreeNode(int val=0, TreeNode left=null, TreeNode right=null) {',
    );
    expect(generateStarter(list, 'csharp')).toContain('public ListNode ReverseList(ListNode head) {');
    const design = generateStarter(lru, 'csharp');
    expect(design).toContain('public class LRUCache {\n\n    public LRUCache(int capacity) {');
    expect(design).toContain('    public int Get(int key) {');
    expect(design).toContain('    public void Put(int key, int value) {');
    expect(design).toContain(
      ' * LRUCache obj = new LRUCache(capacity);\n * int param_1 = obj.Get(key);\n * obj.Put(key,value);',
    );
  });
});
