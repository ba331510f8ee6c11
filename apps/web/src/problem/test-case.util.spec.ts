import type { SignatureDto } from '@tryout/contracts';
import { describe, expect, it } from 'vitest';
import {
  caseFields,
  casesAreSamples,
  designCalls,
  firstTreeValue,
  joinCase,
  levelOrderTree,
  namedInput,
  splitCase,
} from './test-case.util';

const twoSum: SignatureDto = {
  kind: 'function',
  name: 'twoSum',
  params: [
    { name: 'nums', type: 'int[]' },
    { name: 'target', type: 'int' },
  ],
  returns: 'int[]',
};
const minStack: SignatureDto = {
  kind: 'class',
  name: 'MinStack',
  constructorParams: [],
  methods: [
    { name: 'push', params: [{ name: 'x', type: 'int' }], returns: 'void' },
    { name: 'getMin', params: [], returns: 'int' },
  ],
};
const depth: SignatureDto = {
  kind: 'function',
  name: 'maxDepth',
  params: [{ name: 'root', type: 'TreeNode' }],
  returns: 'int',
};

describe('test cases per parameter', () => {
  it('splits and joins a function case per parameter, round trip', () => {
    expect(caseFields(twoSum).map((f) => `${f.name}: ${f.type}`)).toEqual(['nums: int[]', 'target: int']);
    expect(splitCase(twoSum, '[2,7,11,15]\r\n9\n')).toEqual(['[2,7,11,15]', '9']);
    expect(joinCase(twoSum, ['[2,7, ', '9'])).toBe('[2,7, \n9\n');
    expect(joinCase(twoSum, ['[1,\n2]', '3'])).toBe('[1, 2]\n3\n');
    expect(splitCase(twoSum, '[1]')).toEqual(['[1]', '']);
    expect(joinCase(twoSum, splitCase(twoSum, '[1]\n\n'))).toBe('[1]\n\n');
  });

  it('keeps stdio input as typed and design input as two lines', () => {
    expect(splitCase(null, 'a b\n\n')).toEqual(['a b\n\n']);
    expect(joinCase(null, ['a b\n\n'])).toBe('a b\n\n');
    expect(caseFields(minStack).map((f) => f.name)).toEqual(['operations', 'arguments']);
  });

  it('names the parameters of an input (name = value)', () => {
    expect(namedInput(twoSum, '[2,7]\n9\n')).toEqual([
      { name: 'nums', type: 'int[]', value: '[2,7]' },
      { name: 'target', type: 'int', value: '9' },
    ]);
    expect(namedInput(null, '1 2')).toBeNull();
  });

  it('reads a design case as calls', () => {
    expect(designCalls(minStack, '["MinStack","push","getMin"]\n[[],[3],[]]')).toEqual([
      { call: 'MinStack', args: [] },
      { call: 'push', args: [3] },
      { call: 'getMin', args: [] },
    ]);
    expect(designCalls(minStack, '["MinStack"]\n[[],[]]')).toBeNull();
  });

  it('builds a level-order tree as the harnesses do (children of a missing node are not listed)', () => {
    const tree = levelOrderTree([1, null, 2, 3]);
    expect(tree).toEqual({
      value: 1,
      left: null,
      right: { value: 2, left: { value: 3, left: null, right: null }, right: null },
    });
    expect(levelOrderTree([])).toBeNull();
    expect(firstTreeValue(depth, '[3,9,20,null,null,15,7]\n')).toEqual([3, 9, 20, null, null, 15, 7]);
  });

  it('knows when the cases are still the examples', () => {
    const samples = [{ input: '[1]\n2\n' }, { input: '[3]\n4\n' }];
    expect(casesAreSamples(['[1]\n2', '[3]\n4\n'], samples)).toBe(true);
    expect(casesAreSamples(['[1]\n2\n'], samples)).toBe(false);
    expect(casesAreSamples(['[1]\n5\n', '[3]\n4\n'], samples)).toBe(false);
  });
});
