import { describe, expect, it } from 'vitest';
import type { CallableSpec } from '@tryout/languages';
import { checkFunctionInput } from './function-input.util';

const fn = (params: [string, string][]): CallableSpec => ({
  kind: 'function',
  name: 'f',
  params: params.map(([name, type]) => ({ name, type })),
  returns: 'int',
  compare: 'exact',
});

describe('checkFunctionInput', () => {
  it('accepts inputs that fit, blank lines and extra lines included', () => {
    const spec = fn([
      ['a', 'int[]'],
      ['t', 'int'],
      ['s', 'string'],
      ['x', 'double'],
      ['big', 'long'],
      ['ok', 'bool'],
      ['g', 'string[][]'],
    ]);
    expect(checkFunctionInput(spec, '[2,7,null]\n9\n"s"\n1e3\n-9223372036854775808\ntrue\n[["a"],[]]\n')).toMatch(
      /expected an int/,
    );
    expect(
      checkFunctionInput(spec, '[2,7]\n\n9\n"s"\n1e3\n-9223372036854775808\ntrue\n[["a"],[],null]\r\nextra\n'),
    ).toBeUndefined();
    expect(checkFunctionInput(spec, 'null\n9\n"s"\n1\n9223372036854775807\nfalse\nnull\n')).toBeUndefined();
  });

  it('names what does not fit: JSON, line count, integer literals, 32/64-bit ranges, finite doubles', () => {
    const two = fn([
      ['nums', 'int[]'],
      ['target', 'int'],
    ]);
    expect(checkFunctionInput(two, '[1,2,\n3\n')).toBe('line 1 is not one JSON value');
    expect(checkFunctionInput(two, '[1,2]\n')).toBe('expected 2 lines (one JSON value per parameter), got 1');
    expect(checkFunctionInput(two, '[1,2]\n1.0\n')).toBe(
      'input, argument target: expected an int (32-bit integer), got 1.0',
    );
    expect(checkFunctionInput(two, '[1,2]\n2147483648\n')).toMatch(/2147483648 is out of range for an int/);
    expect(checkFunctionInput(two, '[1,"2"]\n1\n')).toMatch(/argument nums: expected an int/);
    expect(checkFunctionInput(fn([['n', 'long']]), '9223372036854775808\n')).toMatch(/out of range for a long/);
    expect(checkFunctionInput(fn([['x', 'double']]), '1e400\n')).toMatch(/out of range for a double/);
    expect(checkFunctionInput(fn([['x', 'double']]), 'NaN\n')).toBe('line 1 is not one JSON value');
    expect(checkFunctionInput(fn([['s', 'string']]), 'null\n')).toMatch(/expected a string, got null/);
    expect(checkFunctionInput(fn([['b', 'bool']]), '1\n')).toMatch(/expected true or false/);
  });

  it('reads JSON strictly and numbers by their literal, at the exact 32/64-bit bounds', () => {
    const int = fn([['n', 'int']]);
    const long = fn([['n', 'long']]);
    for (const ok of ['2147483647', '-2147483648', '-0', ' 7 ', '0'])
      expect(checkFunctionInput(int, `${ok}\n`), ok).toBeUndefined();
    for (const ok of ['9223372036854775807', '-9223372036854775808'])
      expect(checkFunctionInput(long, `${ok}\n`), ok).toBeUndefined();
    expect(checkFunctionInput(long, '-9223372036854775809\n')).toMatch(/out of range for a long/);
    expect(checkFunctionInput(int, '-2147483649\n')).toMatch(/out of range for an int/);
    expect(checkFunctionInput(int, '1e2\n')).toMatch(/expected an int \(32-bit integer\), got 1e2/);
    for (const bad of ['01', '1.', '-', '+1', '1 2', '0x10', 'true false'])
      expect(checkFunctionInput(int, `${bad}\n`), bad).toMatch(/line 1 is not one JSON value|expected an int/);
    const arrays = fn([
      ['a', 'int[][]'],
      ['s', 'string[]'],
    ]);
    expect(checkFunctionInput(arrays, '[ [1 , 2] , null , [] ]\n["a\\n\\u00e9\\"", ""]\n')).toBeUndefined();
    for (const bad of ['[[1,]]', '[[1] [2]]', '[[1]', '[[1]]]'])
      expect(checkFunctionInput(arrays, `${bad}\n[]\n`), bad).toBe('line 1 is not one JSON value');
    for (const bad of ['["\\x"]', '["\\u12"]', '["a\tb"]', '["open]'])
      expect(checkFunctionInput(arrays, `[]\n${bad}\n`), bad).toBe('line 2 is not one JSON value');
    expect(checkFunctionInput(arrays, '[[1]]\n[1]\n')).toBe('input, argument s: expected a string, got 1');
  });

  it('checks list and tree values', () => {
    expect(checkFunctionInput(fn([['head', 'ListNode']]), '[1,2,3]\n')).toBeUndefined();
    expect(checkFunctionInput(fn([['head', 'ListNode']]), '[1,null]\n')).toMatch(/ListNode value/);
    expect(checkFunctionInput(fn([['root', 'TreeNode']]), '[1,null,2]\n')).toBeUndefined();
    expect(checkFunctionInput(fn([['root', 'TreeNode']]), '{"a":1}\n')).toMatch(/expected a TreeNode as an array/);
  });

  it('checks design problems operation by operation', () => {
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
    expect(checkFunctionInput(lru, '["LRUCache","put","get"]\n[[2],[1,1],[1]]\n')).toBeUndefined();
    expect(checkFunctionInput(lru, '["LRUCache","put"]\n[[2],[1]]\n')).toBe(
      'operation 2 (put): needs 2 arguments, got 1',
    );
    expect(checkFunctionInput(lru, '["LRUCache","pop"]\n[[2],[]]\n')).toBe('operation 2: unknown method "pop"');
    expect(checkFunctionInput(lru, '["Cache"]\n[[2]]\n')).toBe('the first operation must be LRUCache, got "Cache"');
    expect(checkFunctionInput(lru, '["LRUCache","get"]\n[[2]]\n')).toMatch(/equal length/);
    expect(checkFunctionInput(lru, '["LRUCache"]\n')).toBe('expected 2 lines (operations, arguments), got 1');
  });
});
