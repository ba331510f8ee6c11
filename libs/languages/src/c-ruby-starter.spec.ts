import { describe, expect, it } from 'vitest';
import { functionSupport } from './registry';
import type { CallableSpec, FunctionSpec } from './signature/function-spec';
import { resolveSpec } from './signature/signature.util';

function generateStarter(spec: CallableSpec, language: 'c' | 'ruby'): string {
  return functionSupport(language).starter(resolveSpec(spec));
}

const TWO_SUM_SPEC: FunctionSpec = {
  kind: 'function',
  name: 'twoSum',
  params: [
    { name: 'nums', type: 'int[]' },
    { name: 'target', type: 'int' },
  ],
  returns: 'int[]',
  compare: 'any_order',
};

const LRU: CallableSpec = {
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

const JOIN: CallableSpec = {
  kind: 'function',
  name: 'joinTables',
  params: [
    { name: 'users', type: 'string[][]' },
    { name: 'flags', type: 'bool[]' },
    { name: 'head', type: 'ListNode' },
  ],
  returns: 'string[][]',
  compare: 'exact',
};

describe('C and Ruby starters', () => {
  it("write LeetCode's C function signature with its note on returned arrays", () => {
    expect(generateStarter(TWO_SUM_SPEC, 'c')).toBe(
      '/**\n * Note: The returned array must be malloced, assume caller calls free().\n */\nint* twoSum(int* nums, int numsSize, int target, int* returnSize) {\n    \n}\n',
    );
    const join = generateStarter(JOIN, 'c');
    expect(join).toMatch(/^\/\*\*\n \* Definition for singly-linked list\.\n \* struct ListNode \{/);
    expect(join).toContain(' * Note: Both returned array and *columnSizes array must be malloced');
    expect(join).toContain(
      'char*** joinTables(char*** users, int usersSize, int* usersColSize, bool* flags, int flagsSize, struct ListNode* head, int* returnSize, int** returnColumnSizes) {',
    );
  });

  it("write LeetCode's C design class as a typedef'd struct and prefixed functions", () => {
    const lru = generateStarter(LRU, 'c');
    expect(lru).toContain('typedef struct {\n    \n} LRUCache;\n');
    expect(lru).toContain('LRUCache* lRUCacheCreate(int capacity) {');
    expect(lru).toContain('int lRUCacheGet(LRUCache* obj, int key) {');
    expect(lru).toContain('void lRUCachePut(LRUCache* obj, int key, int value) {');
    expect(lru).toContain('void lRUCacheFree(LRUCache* obj) {');
    expect(lru).toContain(
      ' * int param_1 = lRUCacheGet(obj, key);\n * lRUCachePut(obj, key, value);\n * lRUCacheFree(obj);',
    );
  });

  it("write LeetCode's Ruby: snake_case top-level methods with doc types, classes with initialize", () => {
    expect(generateStarter(TWO_SUM_SPEC, 'ruby')).toBe(
      '# @param {Integer[]} nums\n# @param {Integer} target\n# @return {Integer[]}\ndef two_sum(nums, target)\n    \nend\n',
    );
    const join = generateStarter(JOIN, 'ruby');
    expect(join).toMatch(/^# Definition for singly-linked list\.\n# class ListNode\n/);
    expect(join).toContain(
      '# @param {String[][]} users\n# @param {Boolean[]} flags\n# @param {ListNode} head\n# @return {String[][]}\ndef join_tables(users, flags, head)',
    );
    const lru = generateStarter(LRU, 'ruby');
    expect(lru).toContain(
      'class LRUCache\n\n=begin\n    :type capacity: Integer\n=end\n    def initialize(capacity)\n',
    );
    expect(lru).toContain(
      '=begin\n    :type key: Integer\n    :type value: Integer\n    :rtype: Void\n=end\n    def put(key, value)',
    );
    expect(lru).toContain('# obj = LRUCache.new(capacity)\n# param_1 = obj.get(key)\n# obj.put(key, value)\n');
  });
});
