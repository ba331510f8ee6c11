import { describe, expect, it } from 'vitest';
import type { CallableSpec } from '../signature/function-spec';
import { resolveSpec } from '../signature/signature.util';
import { generatePhpHarness, withOpenTag } from './php.harness';
import { phpStarter } from './php.starter';

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

describe('php harness', () => {
  it('ships the runtime, the signature as data and the candidate, linted as the compile step', () => {
    const harness = generatePhpHarness(resolveSpec(twoSum), 'class Solution {}\n');
    expect(harness.files.map((f) => f.path)).toEqual([
      'main.php',
      'tryout.php',
      'tryout-signature.json',
      'solution.php',
    ]);
    expect(JSON.parse(harness.files[2].content)).toEqual({
      kind: 'function',
      name: 'twoSum',
      params: [
        ['int', 1],
        ['int', 0],
      ],
      returns: ['int', 1],
    });
    expect(harness.files[3].content).toBe('<?php class Solution {}\n');
    expect(harness.compile).toEqual(['sh', '-c', 'php -l "$1" >/dev/null', 'php-lint', 'solution.php']);
    expect(harness.run).toEqual(['php', 'main.php']);
  });

  it('adds the open tag on the first line only when it is missing, so line numbers stay', () => {
    expect(withOpenTag('class A {}\nfoo();')).toBe('<?php class A {}\nfoo();');
    expect(withOpenTag('<?php\nclass A {}')).toBe('<?php\nclass A {}');
    expect(withOpenTag('\n<?php class A {}')).toBe('\n<?php class A {}');
  });

  it('refuses a class PHP cannot name', () => {
    expect(() => generatePhpHarness(resolveSpec({ ...lru, name: 'Echo' }), '')).toThrow(/PHP reserves "Echo"/);
  });

  it('describes a design class by operation', () => {
    const harness = generatePhpHarness(resolveSpec(lru), '');
    expect(JSON.parse(harness.files[2].content)).toEqual({
      kind: 'class',
      name: 'LRUCache',
      ctor: [['int', 0]],
      methods: {
        get: { params: [['int', 0]], returns: ['int', 0] },
        put: {
          params: [
            ['int', 0],
            ['int', 0],
          ],
          returns: ['void', 0],
        },
      },
    });
  });
});

describe('php starter', () => {
  it("writes LeetCode's Solution class with PHPDoc types", () => {
    expect(phpStarter(resolveSpec(twoSum))).toBe(`class Solution {

    /**
     * @param Integer[] $nums
     * @param Integer $target
     * @return Integer[]
     */
    function twoSum($nums, $target) {
        
    }
}
`);
  });

  it('writes a design class with its usage comment', () => {
    expect(phpStarter(resolveSpec(lru))).toBe(`class LRUCache {
    /**
     * @param Integer $capacity
     */
    function __construct($capacity) {
        
    }
  
    /**
     * @param Integer $key
     * @return Integer
     */
    function get($key) {
        
    }
  
    /**
     * @param Integer $key
     * @param Integer $value
     * @return NULL
     */
    function put($key, $value) {
        
    }
}

/**
 * Your LRUCache object will be instantiated and called as such:
 * $obj = LRUCache($capacity);
 * $ret_1 = $obj->get($key);
 * $obj->put($key, $value);
 */
`);
  });

  it('comments the node types the signature uses and maps every type', () => {
    const starter = phpStarter(
      resolveSpec({
        kind: 'function',
        name: 'f',
        params: [
          { name: 'head', type: 'ListNode' },
          { name: 'x', type: 'double[][]' },
          { name: 'ok', type: 'bool' },
          { name: 's', type: 'string[]' },
          { name: 'n', type: 'long' },
        ],
        returns: 'TreeNode',
        compare: 'exact',
      }),
    );
    expect(starter).toMatch(/^\/\*\*\n \* Definition for a singly-linked list\.\n \* class ListNode \{/);
    expect(starter).toContain(' * Definition for a binary tree node.\n * class TreeNode {');
    expect(starter).toContain(
      '     * @param ListNode $head\n     * @param Float[][] $x\n     * @param Boolean $ok\n     * @param String[] $s\n     * @param Integer $n\n     * @return TreeNode\n',
    );
  });
});
