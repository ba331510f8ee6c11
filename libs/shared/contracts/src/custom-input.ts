import type { FunctionParamDto, SignatureDto } from './api/problems';

/** Most custom cases one Run may carry (LeetCode's console allows about as many). */
export const CUSTOM_CASES_MAX = 10;

const INT_MIN = -(2 ** 31);
const INT_MAX = 2 ** 31 - 1;
const LONG_LIMIT = 2 ** 63;

const TYPE_PATTERN = /^(int|long|double|bool|string|ListNode|TreeNode)((?:\[\]){0,2})$/;

const EXAMPLES: Record<string, string> = {
  int: '5',
  long: '5',
  double: '1.5',
  bool: 'true',
  string: '"abc"',
  ListNode: '[1,2,3]',
  TreeNode: '[3,9,20,null,null,15,7]',
};

/** A value of `type` to show in messages: `int[]` → `[1,2,3]`. */
export function exampleOf(type: string): string {
  const m = TYPE_PATTERN.exec(type.replace(/\s+/g, ''));
  if (!m) return 'null';
  const base = m[1];
  const dims = m[2].length / 2;
  if (dims === 0) return EXAMPLES[base];
  const item = base === 'int' || base === 'long' ? ['1', '2', '3'] : [EXAMPLES[base], EXAMPLES[base]];
  const row = `[${item.join(',')}]`;
  return dims === 1 ? row : `[${row},[${item[0]}]]`;
}

function article(type: string): string {
  return /^[aeiou]/i.test(type) ? 'an' : 'a';
}

/** Whether `value` is a JSON value of the Tryout `type` (docs/problem-format.md, "Types"). */
export function matchesType(value: unknown, type: string): boolean {
  const m = TYPE_PATTERN.exec(type.replace(/\s+/g, ''));
  if (!m) return false;
  const base = m[1];
  const dims = m[2].length / 2;
  if (dims > 0) {
    if (!Array.isArray(value)) return false;
    const inner = `${base}${'[]'.repeat(dims - 1)}`;
    return value.every((v) => matchesType(v, inner));
  }
  switch (base) {
    case 'int':
      return typeof value === 'number' && Number.isInteger(value) && value >= INT_MIN && value <= INT_MAX;
    case 'long':
      return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= LONG_LIMIT;
    case 'double':
      return typeof value === 'number' && Number.isFinite(value);
    case 'bool':
      return typeof value === 'boolean';
    case 'string':
      return typeof value === 'string';
    case 'ListNode':
      return Array.isArray(value) && value.every((v) => matchesType(v, 'int'));
    case 'TreeNode':
      return (
        Array.isArray(value) &&
        (value.length === 0 || value[0] !== null) &&
        value.every((v) => v === null || matchesType(v, 'int'))
      );
    default:
      return false;
  }
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function typeHint(type: string): string {
  if (type === 'TreeNode') return ' (level order, null for a missing child)';
  if (type === 'ListNode') return ' (the values in order, [] for an empty list)';
  return '';
}

/** The first whole number in `value` (nested arrays included) outside the range of `base`. */
function firstOutOfRange(value: unknown, base: 'int' | 'long'): number | undefined {
  if (Array.isArray(value)) {
    for (const v of value) {
      const bad = firstOutOfRange(v, base);
      if (bad !== undefined) return bad;
    }
    return undefined;
  }
  if (typeof value !== 'number' || !Number.isInteger(value)) return undefined;
  const fits = base === 'int' ? value >= INT_MIN && value <= INT_MAX : Math.abs(value) <= LONG_LIMIT;
  return fits ? undefined : value;
}

/** The value with every whole number set to 0: the shape without the ranges. */
function withoutRange(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutRange);
  return typeof value === 'number' && Number.isInteger(value) ? 0 : value;
}

/** The integer type whose range a parameter's numbers must fit (int for node values). */
function integerBase(type: string): 'int' | 'long' | undefined {
  const base = TYPE_PATTERN.exec(type.replace(/\s+/g, ''))?.[1];
  if (base === 'long') return 'long';
  return base === 'int' || base === 'ListNode' || base === 'TreeNode' ? 'int' : undefined;
}

function checkParam(text: string, param: FunctionParamDto, where: string): string | null {
  const parsed = parseJson(text.trim());
  if (parsed.ok && matchesType(parsed.value, param.type)) return null;
  // A whole number past the type's range says so, rather than "must be an int like 5".
  const base = integerBase(param.type);
  const bad = parsed.ok && base ? firstOutOfRange(parsed.value, base) : undefined;
  if (base && bad !== undefined && parsed.ok && matchesType(withoutRange(parsed.value), param.type))
    return `${where} (${param.name}): ${BigInt(bad).toString()} is outside the ${base === 'int' ? '32-bit int range (-2147483648 to 2147483647)' : '64-bit long range'}`;
  return `${where} (${param.name}) must be ${article(param.type)} ${param.type} like ${exampleOf(param.type)}${typeHint(param.type)}`;
}

/** Lines of an input without the trailing blank lines an editor leaves. */
function inputLines(input: string): string[] {
  const lines = input.replace(/\r\n/g, '\n').split('\n');
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  return lines;
}

function validateFunction(params: FunctionParamDto[], input: string): string | null {
  const lines = inputLines(input);
  if (lines.length !== params.length) {
    const names = params.map((p) => `${p.name}: ${p.type}`).join(', ');
    return `expected ${params.length} line${params.length === 1 ? '' : 's'}, one JSON value per parameter (${names}); got ${lines.length}`;
  }
  for (let i = 0; i < params.length; i++) {
    const error = checkParam(lines[i], params[i], `line ${i + 1}`);
    if (error) return error;
  }
  return null;
}

function validateClass(signature: Extract<SignatureDto, { kind: 'class' }>, input: string): string | null {
  const lines = inputLines(input);
  const opsExample = JSON.stringify([signature.name, ...signature.methods.slice(0, 2).map((m) => m.name)]);
  if (lines.length !== 2)
    return `expected 2 lines: the operations (like ${opsExample}) and their arguments (one array per operation); got ${lines.length}`;
  const ops = parseJson(lines[0].trim());
  if (!ops.ok || !Array.isArray(ops.value) || !ops.value.every((o) => typeof o === 'string'))
    return `line 1 must be a JSON array of operation names like ${opsExample}`;
  const names = ops.value;
  if (names[0] !== signature.name) return `line 1 must start with the class name "${signature.name}"`;
  const methods = new Map(signature.methods.map((m) => [m.name, m]));
  for (let i = 1; i < names.length; i++) {
    if (!methods.has(names[i]))
      return `line 1: "${names[i]}" is not a method of ${signature.name} (${[...methods.keys()].join(', ')})`;
  }
  const args = parseJson(lines[1].trim());
  if (!args.ok || !Array.isArray(args.value) || !args.value.every((a) => Array.isArray(a)))
    return 'line 2 must be a JSON array with one array of arguments per operation, like [[2],[1,1]]';
  const lists = args.value as unknown[][];
  if (lists.length !== names.length)
    return `line 2 must have one argument array per operation: ${names.length} operations, ${lists.length} argument arrays`;
  for (let i = 0; i < names.length; i++) {
    const params = i === 0 ? signature.constructorParams : (methods.get(names[i])?.params ?? []);
    const where = `line 2, operation ${i + 1} (${names[i]})`;
    if (lists[i].length !== params.length) {
      const shape = params.map((p) => `${p.name}: ${p.type}`).join(', ');
      return `${where} takes ${params.length} argument${params.length === 1 ? '' : 's'} [${shape}]; got ${lists[i].length}`;
    }
    for (let j = 0; j < params.length; j++) {
      if (!matchesType(lists[i][j], params[j].type))
        return `${where}: argument ${params[j].name} must be ${article(params[j].type)} ${params[j].type} like ${exampleOf(params[j].type)}`;
    }
  }
  return null;
}

/**
 * Checks one custom input against a function or class signature: null when it can run, else a
 * message naming the expected shape ("line 2 (target) must be an int like 5"). The API answers
 * `custom_input_invalid` with it; the web shows the same text before sending. Stdio problems
 * (no signature) take any text.
 */
export function validateCustomInput(signature: SignatureDto | null, input: string): string | null {
  if (!signature) return null;
  return signature.kind === 'function' ? validateFunction(signature.params, input) : validateClass(signature, input);
}
