import { numberLiteral, parseJsonLiterals } from '../compare/exact-json.util';
import { type CallableSpec, type ParamSpec, parseTypeName, type TypeRef } from './function-spec';

const INTEGER = /^-?(?:0|[1-9]\d*)$/;
const INT_RANGE = [-(2n ** 31n), 2n ** 31n - 1n] as const;
const LONG_RANGE = [-(2n ** 63n), 2n ** 63n - 1n] as const;

/** Short text of a value for a message (numbers as written). */
function show(value: unknown): string {
  const literal = numberLiteral(value);
  if (literal !== undefined) return literal.length > 30 ? `${literal.slice(0, 30)}…` : literal;
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  const text = JSON.stringify(value) ?? typeof value;
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function integerIn(value: unknown, range: readonly [bigint, bigint], what: string): string | undefined {
  const literal = numberLiteral(value);
  if (literal === undefined || !INTEGER.test(literal)) return `expected ${what}, got ${show(value)}`;
  const n = BigInt(literal);
  if (n < range[0] || n > range[1]) return `${literal} is out of range for ${what}`;
  return undefined;
}

function scalar(value: unknown, base: string): string | undefined {
  switch (base) {
    case 'int':
      return integerIn(value, INT_RANGE, 'an int (32-bit integer)');
    case 'long':
      return integerIn(value, LONG_RANGE, 'a long (64-bit integer)');
    case 'double': {
      const literal = numberLiteral(value);
      if (literal === undefined) return `expected a number, got ${show(value)}`;
      return Number.isFinite(Number(literal)) ? undefined : `${show(value)} is out of range for a double`;
    }
    case 'bool':
      return typeof value === 'boolean' ? undefined : `expected true or false, got ${show(value)}`;
    case 'string':
      return typeof value === 'string' ? undefined : `expected a string, got ${show(value)}`;
    default:
      return `unknown type ${base}`;
  }
}

/** Whether a parsed value fits a parameter type in every harness (the strictest of them). */
function valueFits(value: unknown, type: TypeRef): string | undefined {
  if (type.kind === 'void') return 'void is not a parameter type';
  if (type.kind === 'node') {
    // A list or tree arrives as an array of ints (a tree's level order may hold nulls), or null.
    if (value === null) return undefined;
    if (!Array.isArray(value)) return `expected a ${type.base} as an array, got ${show(value)}`;
    for (const item of value as unknown[]) {
      if (item === null && type.base === 'TreeNode') continue;
      const bad = scalar(item, 'int');
      if (bad) return `${type.base} value: ${bad}`;
    }
    return undefined;
  }
  if (type.dims === 0) return scalar(value, type.base);
  // Arrays may be null at any level, as in every harness; their elements must fit.
  if (value === null) return undefined;
  if (!Array.isArray(value)) return `expected an array, got ${show(value)}`;
  const inner: TypeRef = { kind: 'scalar', base: type.base, dims: (type.dims - 1) as 0 | 1 };
  for (const item of value as unknown[]) {
    const bad = valueFits(item, inner);
    if (bad) return bad;
  }
  return undefined;
}

function argsFit(args: unknown, params: ParamSpec[], where: string): string | undefined {
  if (!Array.isArray(args)) return `${where}: the arguments must be an array`;
  if (args.length !== params.length) return `${where}: needs ${params.length} arguments, got ${args.length}`;
  for (let j = 0; j < params.length; j++) {
    const type = parseTypeName(params[j].type);
    if (!type) return `${where}: unknown type ${params[j].type}`;
    const bad = valueFits(args[j], type);
    if (bad) return `${where}, argument ${params[j].name}: ${bad}`;
  }
  return undefined;
}

/**
 * Checks a function problem's test input against its signature, as strictly as the strictest
 * harness reads it: one JSON value per parameter per line (design problems: operation names, then
 * argument arrays), int/long within 32/64 bits, integers written as integers, finite doubles.
 * Run on the host before a test is judged, so a harness that cannot read its input inside the
 * sandbox can only have been tampered with by the candidate's code. `undefined` means it fits.
 */
export function checkFunctionInput(spec: CallableSpec, input: string): string | undefined {
  // Every harness skips blank lines; ignoring only spaces, tabs and CRs here is the strictest reading.
  const lines = input.split('\n').filter((line) => !/^[ \t\r]*$/.test(line));
  // Harnesses read only the lines they need; later ones are never parsed.
  const needed = spec.kind === 'function' ? spec.params.length : 2;
  const values: unknown[] = [];
  for (let i = 0; i < Math.min(lines.length, needed); i++) {
    try {
      values.push(parseJsonLiterals(lines[i]));
    } catch {
      return `line ${i + 1} is not one JSON value`;
    }
  }
  if (spec.kind === 'function') {
    if (values.length < spec.params.length)
      return `expected ${spec.params.length} lines (one JSON value per parameter), got ${values.length}`;
    return argsFit(values.slice(0, spec.params.length), spec.params, 'input');
  }
  if (values.length < 2) return `expected 2 lines (operations, arguments), got ${values.length}`;
  const [ops, args] = values;
  if (!Array.isArray(ops) || !Array.isArray(args) || ops.length === 0 || ops.length !== args.length)
    return 'operations and arguments must be non-empty arrays of equal length';
  if (ops[0] !== spec.name) return `the first operation must be ${spec.name}, got ${show(ops[0])}`;
  const ctor = argsFit(args[0], spec.constructor.params, `operation 1 (${spec.name})`);
  if (ctor) return ctor;
  for (let i = 1; i < ops.length; i++) {
    const op: unknown = ops[i];
    const method = typeof op === 'string' ? spec.methods.find((m) => m.name === op) : undefined;
    if (!method) return `operation ${i + 1}: unknown method ${show(op)}`;
    const bad = argsFit(args[i], method.params, `operation ${i + 1} (${method.name})`);
    if (bad) return bad;
  }
  return undefined;
}
