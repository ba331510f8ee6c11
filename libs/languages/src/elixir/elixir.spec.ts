import { describe, expect, it } from 'vitest';
import type { CallableSpec } from '../signature/function-spec';
import { HarnessException } from '../signature/harness.exception';
import { resolveSpec } from '../signature/signature.util';
import { generateElixirHarness } from './elixir.harness';
import { elixirName } from './elixir.names';
import { elixirStarter } from './elixir.starter';

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

const median: CallableSpec = {
  kind: 'class',
  name: 'MedianFinder',
  constructor: { params: [] },
  methods: [
    { name: 'addNum', params: [{ name: 'num', type: 'int' }], returns: 'void' },
    { name: 'findMedian', params: [], returns: 'double' },
  ],
  compare: 'float:1e-5',
};

describe('elixir names', () => {
  it('snake_cases like Macro.underscore', () => {
    expect(elixirName('twoSum')).toBe('two_sum');
    expect(elixirName('findMedian')).toBe('find_median');
    expect(elixirName('getHTTPStatus')).toBe('get_http_status');
    expect(elixirName('ttlMs')).toBe('ttl_ms');
    expect(elixirName('get')).toBe('get');
    expect(elixirName('level2Nodes')).toBe('level2_nodes');
  });

  it('refuses names Elixir reserves', () => {
    expect(() => elixirName('end')).toThrow(HarnessException);
  });
});

describe('elixir harness', () => {
  it('compiles the runtime with the candidate and names the calls in snake_case', () => {
    const harness = generateElixirHarness(resolveSpec(median), 'defmodule MedianFinder do\nend\n');
    expect(harness.files.map((f) => f.path)).toEqual(['tryout.ex', 'tryout-signature.json', 'solution.ex']);
    expect(harness.files[2].content).toBe('defmodule MedianFinder do\nend\n');
    expect(JSON.parse(harness.files[1].content)).toEqual({
      kind: 'class',
      name: 'MedianFinder',
      ctor: [],
      methods: {
        addNum: { call: 'add_num', params: [['int', 0]], returns: ['void', 0] },
        findMedian: { call: 'find_median', params: [], returns: ['double', 0] },
      },
    });
    expect(harness.compile).toEqual(['elixirc', '-o', '.', 'tryout.ex', 'solution.ex']);
    expect(harness.run?.slice(-3)).toEqual(['-s', 'Elixir.Tryout.Harness', 'cli']);
  });
});

describe('elixir starter', () => {
  it("writes LeetCode's Solution module with a typespec", () => {
    expect(elixirStarter(resolveSpec(twoSum))).toBe(`defmodule Solution do
  @spec two_sum(nums :: [integer], target :: integer) :: [integer]
  def two_sum(nums, target) do
    
  end
end
`);
  });

  it('writes a design module: init_ first, then the operations', () => {
    expect(elixirStarter(resolveSpec(median))).toBe(`defmodule MedianFinder do
  @spec init_() :: any
  def init_() do
    
  end

  @spec add_num(num :: integer) :: any
  def add_num(num) do
    
  end

  @spec find_median() :: float
  def find_median() do
    
  end
end

# Your functions will be called as such:
# MedianFinder.init_()
# MedianFinder.add_num(num)
# param_2 = MedianFinder.find_median()

# MedianFinder.init_ will be called before every test case, in which you can do some necessary initializations.
`);
  });

  it('comments the node types the signature uses and maps every type', () => {
    const starter = elixirStarter(
      resolveSpec({
        kind: 'function',
        name: 'f',
        params: [
          { name: 'root', type: 'TreeNode' },
          { name: 'grid', type: 'string[][]' },
          { name: 'ok', type: 'bool' },
          { name: 'x', type: 'double' },
          { name: 'n', type: 'long' },
        ],
        returns: 'ListNode',
        compare: 'exact',
      }),
    );
    expect(starter).toMatch(/^# Definition for singly-linked list\./);
    expect(starter).toContain('# Definition for a binary tree node.');
    expect(starter).toContain(
      '@spec f(root :: TreeNode.t | nil, grid :: [[String.t]], ok :: boolean, x :: float, n :: integer) :: ListNode.t | nil',
    );
  });
});
