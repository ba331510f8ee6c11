import { describe, expect, it } from 'vitest';
import { FUNCTION_LANGUAGE_IDS } from '@tryout/contracts';
import type { CallableSpec } from '@tryout/languages';
import { generateStarter } from './generate-starter';
import { TWO_SUM_SPEC as twoSum } from '../harness/fixtures/fixture-specs';

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

describe('generateStarter', () => {
  it('writes LeetCode signatures for a function problem', () => {
    expect(generateStarter(twoSum, 'python')).toContain(
      'class Solution:\n    def twoSum(self, nums: List[int], target: int) -> List[int]:',
    );
    expect(generateStarter(twoSum, 'javascript')).toContain(
      ' * @param {number[]} nums\n * @param {number} target\n * @return {number[]}\n */\nvar twoSum = function(nums, target) {',
    );
    expect(generateStarter(twoSum, 'typescript')).toBe(
      'function twoSum(nums: number[], target: number): number[] {\n    \n};\n',
    );
    expect(generateStarter(twoSum, 'java')).toContain(
      'class Solution {\n    public int[] twoSum(int[] nums, int target) {',
    );
    expect(generateStarter(twoSum, 'cpp')).toContain(
      'class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) {',
    );
    expect(generateStarter(twoSum, 'go')).toBe('func twoSum(nums []int, target int) []int {\n    \n}\n');
  });

  it('shows the commented node definitions only where the signature uses them', () => {
    const tree: CallableSpec = {
      kind: 'function',
      name: 'levelOrder',
      params: [{ name: 'root', type: 'TreeNode' }],
      returns: 'int[][]',
      compare: 'exact',
    };
    const list: CallableSpec = {
      kind: 'function',
      name: 'reverseList',
      params: [{ name: 'head', type: 'ListNode' }],
      returns: 'ListNode',
      compare: 'exact',
    };
    expect(generateStarter(tree, 'python')).toMatch(/^# Definition for a binary tree node\.\n# class TreeNode:/);
    expect(generateStarter(tree, 'python')).toContain(
      'def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:',
    );
    expect(generateStarter(tree, 'cpp')).toContain('vector<vector<int>> levelOrder(TreeNode* root) {');
    expect(generateStarter(list, 'go')).toContain(
      ' * type ListNode struct {\n *     Val int\n *     Next *ListNode\n * }',
    );
    expect(generateStarter(list, 'go')).toContain('func reverseList(head *ListNode) *ListNode {');
    expect(generateStarter(list, 'typescript')).toContain(
      'function reverseList(head: ListNode | null): ListNode | null {',
    );
    expect(generateStarter(list, 'javascript')).toContain(' * @param {ListNode} head\n * @return {ListNode}');
    expect(generateStarter(list, 'java')).toContain('public ListNode reverseList(ListNode head) {');
    for (const language of FUNCTION_LANGUAGE_IDS) {
      expect(generateStarter(twoSum, language)).not.toMatch(/ListNode|TreeNode/);
      expect(generateStarter(tree, language)).not.toContain('ListNode');
    }
  });

  it('writes a design problem the way LeetCode does in each language', () => {
    expect(generateStarter(lru, 'python')).toContain(
      'class LRUCache:\n\n    def __init__(self, capacity: int):\n        \n\n    def get(self, key: int) -> int:',
    );
    expect(generateStarter(lru, 'python')).toContain('    def put(self, key: int, value: int) -> None:');
    expect(generateStarter(lru, 'javascript')).toContain('LRUCache.prototype.put = function(key, value) {');
    expect(generateStarter(lru, 'typescript')).toContain('    put(key: number, value: number): void {');
    expect(generateStarter(lru, 'java')).toContain('    public LRUCache(int capacity) {');
    expect(generateStarter(lru, 'cpp')).toContain(
      ' * LRUCache* obj = new LRUCache(capacity);\n * int param_1 = obj->get(key);\n * obj->put(key,value);',
    );
    const go = generateStarter(lru, 'go');
    expect(go).toContain('func Constructor(capacity int) LRUCache {');
    expect(go).toContain('func (this *LRUCache) Get(key int) int {');
    expect(go).toContain('func (this *LRUCache) Put(key int, value int) {');
  });

  it('passes C++ arrays by reference and strings by value', () => {
    const spec: CallableSpec = {
      kind: 'function',
      name: 'f',
      params: [
        { name: 's', type: 'string' },
        { name: 'words', type: 'string[]' },
        { name: 'big', type: 'long' },
        { name: 'x', type: 'double[][]' },
        { name: 'ok', type: 'bool' },
      ],
      returns: 'void',
      compare: 'exact',
    };
    expect(generateStarter(spec, 'cpp')).toContain(
      'void f(string s, vector<string>& words, long long big, vector<vector<double>>& x, bool ok) {',
    );
    expect(generateStarter(spec, 'java')).toContain(
      'public void f(String s, String[] words, long big, double[][] x, boolean ok) {',
    );
    expect(generateStarter(spec, 'go')).toContain(
      'func f(s string, words []string, big int, x [][]float64, ok bool) {',
    );
    expect(generateStarter(spec, 'python')).toContain(
      'def f(self, s: str, words: List[str], big: int, x: List[List[float]], ok: bool) -> None:',
    );
  });
});
