import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { exampleOf, matchesType, validateCustomInput, type SignatureDto } from '@tryout/contracts';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { FIXTURES, TWO_SUM_SPEC } from '../harness/fixtures/fixture-specs';
import { parseCallableSpec } from './callable-spec.util';
import { parseTypeName, type CallableSpec } from '@tryout/languages';

/** The API's view of a signature (as the server maps it), built here from the judge's spec. */
function signatureOf(spec: CallableSpec): SignatureDto {
  return spec.kind === 'function'
    ? { kind: 'function', name: spec.name, params: spec.params, returns: spec.returns }
    : {
        kind: 'class',
        name: spec.name,
        constructorParams: spec.constructor.params,
        methods: spec.methods.map((m) => ({ name: m.name, params: m.params, returns: m.returns })),
      };
}

const twoSum = signatureOf(TWO_SUM_SPEC);
const lru: SignatureDto = {
  kind: 'class',
  name: 'LRUCache',
  constructorParams: [{ name: 'capacity', type: 'int' }],
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
};

describe('validateCustomInput (function problems)', () => {
  it('accepts one JSON value per parameter, trailing blank lines and CRLF included', () => {
    expect(validateCustomInput(twoSum, '[2,7,11,15]\n9')).toBeNull();
    expect(validateCustomInput(twoSum, '[2,7,11,15]\r\n9\r\n\n')).toBeNull();
  });

  it('names the line, the parameter and the expected shape', () => {
    expect(validateCustomInput(twoSum, '[2,7,11,15]\nnine')).toBe('line 2 (target) must be an int like 5');
    expect(validateCustomInput(twoSum, '[1,2.5]\n9')).toBe('line 1 (nums) must be an int[] like [1,2,3]');
    expect(validateCustomInput(twoSum, '[1,2]\n9\n3')).toBe(
      'expected 2 lines, one JSON value per parameter (nums: int[], target: int); got 3',
    );
    expect(validateCustomInput(twoSum, '')).toMatch(/expected 2 lines.*got 0/);
  });

  it('checks 32-bit ints, bools, strings, nested arrays and node encodings', () => {
    const sig = (type: string): SignatureDto => ({
      kind: 'function',
      name: 'f',
      params: [{ name: 'x', type }],
      returns: 'int',
    });
    expect(validateCustomInput(sig('int'), '2147483648')).toBe(
      'line 1 (x): 2147483648 is outside the 32-bit int range (-2147483648 to 2147483647)',
    );
    expect(validateCustomInput(sig('int[]'), '[1, 99999999999999999999]')).toBe(
      'line 1 (x): 100000000000000000000 is outside the 32-bit int range (-2147483648 to 2147483647)',
    );
    expect(validateCustomInput(sig('long'), '1e30')).toBe(
      'line 1 (x): 1000000000000000019884624838656 is outside the 64-bit long range',
    );
    // Out of range but not the right shape anyway: the shape is what to fix first.
    expect(validateCustomInput(sig('int'), '[3000000000]')).toBe('line 1 (x) must be an int like 5');
    expect(validateCustomInput(sig('long'), '2147483648')).toBeNull();
    expect(validateCustomInput(sig('bool'), '1')).toMatch(/must be a bool like true/);
    expect(validateCustomInput(sig('string[]'), '["a","b"]')).toBeNull();
    expect(validateCustomInput(sig('int[][]'), '[[1,2],[3]]')).toBeNull();
    expect(validateCustomInput(sig('int[][]'), '[1,2]')).toBe('line 1 (x) must be an int[][] like [[1,2,3],[1]]');
    expect(validateCustomInput(sig('TreeNode'), '[3,9,20,null,null,15,7]')).toBeNull();
    expect(validateCustomInput(sig('TreeNode'), '[]')).toBeNull();
    expect(validateCustomInput(sig('TreeNode'), '[null,1]')).toBe(
      'line 1 (x) must be a TreeNode like [3,9,20,null,null,15,7] (level order, null for a missing child)',
    );
    expect(validateCustomInput(sig('ListNode'), '[1,null]')).toMatch(/must be a ListNode like \[1,2,3\]/);
  });

  it('knows every type the problem format knows, with an example that fits it', () => {
    for (const base of ['int', 'long', 'double', 'bool', 'string', 'ListNode', 'TreeNode'])
      for (const dims of base.endsWith('Node') ? [''] : ['', '[]', '[][]']) {
        const type = `${base}${dims}`;
        expect(parseTypeName(type)).toBeDefined();
        expect(matchesType(JSON.parse(exampleOf(type)), type)).toBe(true);
      }
  });

  it('stdio problems (no signature) take any text', () => {
    expect(validateCustomInput(null, 'anything at all\n')).toBeNull();
  });
});

describe('validateCustomInput (design problems)', () => {
  it('accepts the operations and arguments lines', () => {
    expect(validateCustomInput(lru, '["LRUCache","put","get"]\n[[2],[1,1],[1]]')).toBeNull();
  });

  it('explains each way the two lines can be wrong', () => {
    expect(validateCustomInput(lru, '["LRUCache"]')).toMatch(/^expected 2 lines: the operations \(like/);
    expect(validateCustomInput(lru, '[1]\n[[2]]')).toBe(
      'line 1 must be a JSON array of operation names like ["LRUCache","get","put"]',
    );
    expect(validateCustomInput(lru, '["put"]\n[[2]]')).toBe('line 1 must start with the class name "LRUCache"');
    expect(validateCustomInput(lru, '["LRUCache","pop"]\n[[2],[]]')).toBe(
      'line 1: "pop" is not a method of LRUCache (get, put)',
    );
    expect(validateCustomInput(lru, '["LRUCache","get"]\n[[2]]')).toBe(
      'line 2 must have one argument array per operation: 2 operations, 1 argument arrays',
    );
    expect(validateCustomInput(lru, '["LRUCache","put"]\n[[2],[1]]')).toBe(
      'line 2, operation 2 (put) takes 2 arguments [key: int, value: int]; got 1',
    );
    expect(validateCustomInput(lru, '["LRUCache","get"]\n[[2],["a"]]')).toBe(
      'line 2, operation 2 (get): argument key must be an int like 5',
    );
  });
});

describe('validateCustomInput agrees with the harnesses and the catalog', () => {
  it('accepts every harness fixture case (inputs the generated harnesses run)', () => {
    for (const [name, fixture] of Object.entries(FIXTURES))
      for (const c of fixture.cases)
        expect([name, validateCustomInput(signatureOf(fixture.spec), c.input)]).toEqual([name, null]);
  });

  it('accepts every sample of every function problem in problems/', () => {
    const root = resolve(__dirname, '../../../../problems');
    let checked = 0;
    for (const slug of readdirSync(root)) {
      const yamlPath = join(root, slug, 'problem.yaml');
      if (!existsSync(yamlPath)) continue;
      const yaml = parseYaml(readFileSync(yamlPath, 'utf8')) as Record<string, unknown>;
      if (yaml.type !== 'function') continue;
      const { spec } = parseCallableSpec(yaml);
      if (!spec) continue;
      const dir = join(root, slug, 'data', 'sample');
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.in'))) {
        const input = readFileSync(join(dir, file), 'utf8');
        expect([slug, file, validateCustomInput(signatureOf(spec), input)]).toEqual([slug, file, null]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(60);
  });
});
