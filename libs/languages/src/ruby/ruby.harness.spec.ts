import { describe, expect, it } from 'vitest';
import type { CallableSpec, FunctionSpec } from '../signature/function-spec';
import { HARNESS_ABORT_EXIT_CODE } from '../harness/protocol';
import { generateRubyHarness, rubyName } from './ruby.harness';
import { resolveSpec } from '../signature/signature.util';

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
    { name: 'putAll', params: [{ name: 'pairs', type: 'long[][]' }], returns: 'void' },
  ],
  compare: 'exact',
};

describe('Ruby harness glue', () => {
  it('snake_cases names as LeetCode does', () => {
    expect(rubyName('twoSum')).toBe('two_sum');
    expect(rubyName('getHTTPCode')).toBe('get_http_code');
    expect(rubyName('levelOrder2')).toBe('level_order2');
    expect(rubyName('get')).toBe('get');
  });

  it('names the signature in main.rb and leaves the rest to the runtime', () => {
    const h = generateRubyHarness(resolveSpec(TWO_SUM_SPEC), 'def two_sum(nums, target) = []\n');
    expect(h.files.map((f) => f.path)).toEqual(['tryout_runtime.rb', 'main.rb', 'solution.rb']);
    expect(h.files[1].content).toBe(
      `require_relative 'tryout_runtime'\nTryout.abort_exit = ${HARNESS_ABORT_EXIT_CODE}\nTryout.run_function("two_sum", [["int", 1], ["int", 0]], ["int", 1])\n`,
    );
    expect(h.files[2].content).toBe('def two_sum(nums, target) = []\n');
    expect(h.compile).toEqual(['ruby', '-c', 'solution.rb']);
  });

  it('maps each operation of a design problem to its snake_case method and types', () => {
    const main = generateRubyHarness(resolveSpec(LRU), '').files[1].content.toString();
    expect(main).toContain('Tryout.run_class("LRUCache", [["int", 0]], {');
    expect(main).toContain('  "get" => ["get", [["int", 0]], ["int", 0]],');
    expect(main).toContain('  "putAll" => ["put_all", [["long", 2]], ["void", 0]],');
  });
});
