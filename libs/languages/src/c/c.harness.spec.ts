import { describe, expect, it } from 'vitest';
import type { CallableSpec, FunctionSpec } from '../signature/function-spec';
import { HARNESS_ABORT_EXIT_CODE } from '../harness/protocol';
import { cMethodName, generateCHarness } from './c.harness';
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

const MEDIAN: CallableSpec = {
  kind: 'class',
  name: 'MedianFinder',
  constructor: { params: [] },
  methods: [
    { name: 'addNum', params: [{ name: 'num', type: 'int' }], returns: 'void' },
    { name: 'findMedian', params: [], returns: 'double' },
    { name: 'rows', params: [{ name: 'grid', type: 'string[][]' }], returns: 'long[][]' },
  ],
  compare: 'exact',
};

const TREE: CallableSpec = {
  kind: 'function',
  name: 'levelOrder',
  params: [{ name: 'root', type: 'TreeNode' }],
  returns: 'int[][]',
  compare: 'exact',
};

function harness(spec: CallableSpec, source = 'int x;\n') {
  const h = generateCHarness(resolveSpec(spec), source);
  const file = (path: string): string => {
    const f = h.files.find((x) => x.path === path);
    if (!f) throw new Error(`no ${path}`);
    return f.content.toString();
  };
  return { ...h, file };
}

describe('C harness glue', () => {
  it('ships the runtime and compiles the candidate file untouched, through candidate.c', () => {
    const h = harness(TWO_SUM_SPEC, 'int* twoSum() {}\n');
    expect(h.files.map((f) => f.path)).toEqual([
      'tryout_prelude.h',
      'tryout.h',
      'tryout.c',
      'main.c',
      'candidate.c',
      'solution.c',
    ]);
    expect(h.file('solution.c')).toBe('int* twoSum() {}\n');
    expect(h.file('candidate.c')).toBe(
      '#include "tryout_prelude.h"\n#include "solution.c"\n\nint* twoSum(int* nums, int numsSize, int target, int* returnSize);\n',
    );
    expect(h.compile).toEqual([
      'gcc',
      '-O2',
      '-std=gnu17',
      '-pipe',
      `-DTRYOUT_ABORT_EXIT=${HARNESS_ABORT_EXIT_CODE}`,
      '-o',
      'main',
      'main.c',
      'candidate.c',
      'tryout.c',
      '-lm',
    ]);
  });

  it('calls with LeetCode arguments: arrays as pointer and size, returned sizes through out-parameters', () => {
    const main = harness(TWO_SUM_SPEC).file('main.c');
    expect(main).toContain('int* twoSum(int*, int, int, int*);');
    expect(main).toContain('a0 = tryout_int_array(&in[0], &a0Size);');
    expect(main).toContain('int rs = -1; int* r = twoSum(a0, a0Size, a1, &rs); tryout_write_int_array(&out, r, rs);');
    const tree = harness(TREE);
    expect(tree.file('main.c')).toContain(
      'int rs = -1; int* rcs = NULL; int** r = levelOrder(a0, &rs, &rcs); tryout_write_int_matrix(&out, r, rs, rcs);',
    );
    expect(tree.file('candidate.c')).toContain(
      'int** levelOrder(struct TreeNode* root, int* returnSize, int** returnColumnSizes);',
    );
    // The candidate sees only the node structs its signature uses.
    expect(tree.compile).toContain('-DTRYOUT_TREE_NODE');
    expect(tree.compile).not.toContain('-DTRYOUT_LIST_NODE');
  });

  it("names a design class's functions as LeetCode does and calls Free at the end", () => {
    const h = harness(MEDIAN);
    expect(h.file('candidate.c')).toContain(
      [
        'MedianFinder* medianFinderCreate();',
        'void medianFinderAddNum(MedianFinder* obj, int num);',
        'double medianFinderFindMedian(MedianFinder* obj);',
        'long long** medianFinderRows(MedianFinder* obj, char*** grid, int gridSize, int* gridColSize, int* returnSize, int** returnColumnSizes);',
        'void medianFinderFree(MedianFinder* obj);',
      ].join('\n'),
    );
    const main = h.file('main.c');
    expect(main).toContain('TryoutObject *obj = medianFinderCreate();');
    expect(main.indexOf('medianFinderFree(obj);')).toBeLessThan(main.indexOf('tryout_emit(&out);'));
    expect(main).toContain('tryout_unknown_operation(&in[0], i);');
    expect(() => cMethodName('Pool', 'free')).toThrow(/poolFree/);
  });
});
