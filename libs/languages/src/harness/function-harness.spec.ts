import { describe, expect, it } from 'vitest';
import { cppType } from '../cpp/cpp.harness';
import { goType, prepareGoSource } from '../go/go.harness';
import { JAVA_IMPLICIT_IMPORTS, javaType } from '../java/java.harness';
import { functionSupport, LANGUAGE_PACKS } from '../registry';
import type { CallableSpec, FunctionSpec, TypeRef } from '../signature/function-spec';
import { HarnessException } from '../signature/harness.exception';
import { resolveSpec } from '../signature/signature.util';

const FUNCTION_LANGUAGE_IDS = LANGUAGE_PACKS.filter((p) => p.function).map((p) => p.id);

function generateHarness(spec: CallableSpec, language: string, source: string) {
  return functionSupport(language).harness(resolveSpec(spec), source);
}

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

const tree: CallableSpec = {
  kind: 'function',
  name: 'invertTree',
  params: [{ name: 'root', type: 'TreeNode' }],
  returns: 'TreeNode',
  compare: 'exact',
};

const SOURCE = 'line one\nline two\nline three\n';

function file(spec: CallableSpec, language: string, path: string, source = SOURCE): string {
  const f = generateHarness(spec, language, source).files.find((x) => x.path === path);
  if (!f) throw new Error(`no ${path}`);
  return f.content.toString();
}

describe('resolveSpec', () => {
  it('rejects unknown types, void parameters and names that are not identifiers', () => {
    expect(() => resolveSpec({ ...twoSum, returns: 'map<int,int>' })).toThrow(HarnessException);
    expect(() => resolveSpec({ ...twoSum, params: [{ name: 'x', type: 'void' }] })).toThrow(/void/);
    expect(() => resolveSpec({ ...twoSum, name: 'two sum(); evil' })).toThrow(/identifier/);
    expect(() =>
      resolveSpec({
        ...twoSum,
        params: [
          { name: 'a', type: 'int' },
          { name: 'a', type: 'int' },
        ],
      }),
    ).toThrow(/duplicate/);
  });

  it('rejects methods that collide once Go capitalises them', () => {
    const spec = {
      ...lru,
      methods: [...(lru as { methods: object[] }).methods, { name: 'Get', params: [], returns: 'int' }],
    } as CallableSpec;
    expect(() => resolveSpec(spec)).toThrow(/duplicate method/);
  });
});

describe('natural types', () => {
  const t = (base: string, dims: 0 | 1 | 2): TypeRef => ({ kind: 'scalar', base, dims }) as TypeRef;
  it('follow docs/problem-format.md', () => {
    expect(javaType(t('bool', 2))).toBe('boolean[][]');
    expect(javaType(t('string', 1))).toBe('String[]');
    expect(cppType(t('long', 1))).toBe('vector<long long>');
    expect(cppType({ kind: 'node', base: 'ListNode', dims: 0 })).toBe('ListNode*');
    expect(goType(t('double', 2))).toBe('[][]float64');
    expect(goType(t('long', 0))).toBe('int');
    expect(goType({ kind: 'node', base: 'TreeNode', dims: 0 })).toBe('*TreeNode');
  });
});

describe('generateHarness keeps the candidate line numbers', () => {
  it('python: the candidate is its own file, compiled under its own name', () => {
    const h = generateHarness(twoSum, 'python', SOURCE);
    expect(file(twoSum, 'python', 'solution.py')).toBe(SOURCE);
    expect(h.compile).toEqual(['python3', '-m', 'py_compile', 'solution.py']);
    expect(file(twoSum, 'python', 'main.py')).toContain('getattr(solution, "twoSum")');
  });

  it('javascript: the export footer comes after the last line', () => {
    const js = file(twoSum, 'javascript', 'solution.js');
    expect(js.startsWith(SOURCE)).toBe(true);
    expect(js.slice(SOURCE.length)).toContain(
      "module.exports = { twoSum: typeof twoSum === 'undefined' ? undefined : twoSum }",
    );
  });

  it('typescript: transpiled with a source map by its own build step', () => {
    const h = generateHarness(lru, 'typescript', SOURCE);
    expect(h.compile).toEqual(['node', 'ts-build.js']);
    expect(file(lru, 'typescript', 'solution.ts')).toBe(SOURCE);
    expect(file(lru, 'typescript', 'main.js')).toMatch(/^process\.setSourceMapsEnabled\(true\);/);
    expect(file(lru, 'typescript', 'ts-build.js')).toContain('LRUCache');
  });

  it('java: implicit imports share line 1; a class problem names the file after its class', () => {
    expect(file(twoSum, 'java', 'Solution.java')).toBe(JAVA_IMPLICIT_IMPORTS + SOURCE);
    expect(JAVA_IMPLICIT_IMPORTS).not.toContain('\n');
    const h = generateHarness(lru, 'java', SOURCE);
    expect(h.files.map((f) => f.path)).toEqual(['Main.java', 'LRUCache.java']);
    expect(h.compile?.slice(-2)).toEqual(['Main.java', 'LRUCache.java']);
  });

  it('cpp: #line 1 before the candidate and the right #line after it', () => {
    const main = file(twoSum, 'cpp', 'main.cpp');
    const lines = main.split('\n');
    const start = lines.indexOf('#line 1 "solution.cpp"');
    expect(start).toBeGreaterThan(0);
    expect(lines.slice(start + 1, start + 4)).toEqual(['line one', 'line two', 'line three']);
    const back = lines.findIndex((l) => l.startsWith('#line ') && l.endsWith('"main.cpp"'));
    // `#line N` names the line that follows it.
    expect(lines[back]).toBe(`#line ${back + 2} "main.cpp"`);
    expect(main).toContain('sol->twoSum(a0, a1)');
    expect(main.indexOf('#include <bits/stdc++.h>')).toBe(0);
  });

  it('emits ListNode/TreeNode only when the signature uses them', () => {
    expect(file(twoSum, 'cpp', 'main.cpp')).not.toContain('struct TreeNode');
    expect(file(tree, 'cpp', 'main.cpp')).toContain('struct TreeNode');
    expect(file(tree, 'cpp', 'main.cpp')).not.toContain('struct ListNode');
    expect(file(tree, 'java', 'Main.java')).toContain('class TreeNode');
    expect(file(twoSum, 'java', 'Main.java')).not.toContain('class TreeNode');
    expect(file(tree, 'go', 'main.go')).toContain('type TreeNode struct');
    expect(file(twoSum, 'go', 'main.go')).not.toContain('type TreeNode struct');
  });

  it('every language builds something for every fixture-like signature', () => {
    for (const language of FUNCTION_LANGUAGE_IDS) {
      for (const spec of [twoSum, lru, tree])
        expect(generateHarness(spec, language, SOURCE).files.length).toBeGreaterThan(0);
    }
  });
});

describe('prepareGoSource', () => {
  it('imports on line 1 only what the code uses and does not import itself', () => {
    const src = 'import "fmt"\nfunc f(a []int) int {\n\tsort.Ints(a)\n\tfmt.Println(a)\n\treturn heap.Len(nil)\n}\n';
    const out = prepareGoSource(src);
    const lines = out.split('\n');
    expect(lines[0]).toBe('package main; import ("sort"; "container/heap"); import "fmt"');
    expect(lines.slice(1, 6)).toEqual(src.split('\n').slice(1, 6));
    expect(out).toContain('var _ = sort.Ints');
    expect(out).not.toContain('strings');
  });

  it('leaves a file with its own package clause alone', () => {
    const src = 'package main\n\nimport "sort"\n\nfunc f() { sort.Ints(nil) }\n';
    expect(prepareGoSource(src)).toBe(src);
  });

  it('adds min/max for old toolchains unless the candidate declares them', () => {
    expect(prepareGoSource('func f() int { return max(1, 2) }\n')).toContain('func max[T');
    expect(prepareGoSource('func max(a, b int) int { return a }\nfunc f() int { return max(1, 2) }\n')).not.toContain(
      'func max[T',
    );
    expect(prepareGoSource('func f() float64 { return math.Max(1, 2) }\n')).not.toContain('func max[T');
  });

  it('skips a package whose name the candidate declares at top level', () => {
    expect(
      prepareGoSource(
        'type heap []int\nfunc (h heap) Len() int { return len(h) }\nfunc f(h heap) int { return heap.Len(h) }\n',
      ),
    ).not.toContain('container/heap');
  });
});
