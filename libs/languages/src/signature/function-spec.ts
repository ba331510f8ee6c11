/**
 * Typed signatures of function and design (class) problems, as declared by problem.yaml's
 * `function:` and `class:` blocks (docs/problem-format.md). Harness and starter generation
 * (each language pack's harness and starter) consume these.
 */

export const SCALAR_TYPES = ['int', 'long', 'double', 'bool', 'string'] as const;
export type ScalarType = (typeof SCALAR_TYPES)[number];

export const NODE_TYPES = ['ListNode', 'TreeNode'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/** A type name as written in problem.yaml: `int`, `string[]`, `double[][]`, `ListNode`, `void`. */
export type TypeName = string;

/** A parsed type name. `dims` is 0 for scalars and nodes, 1 for `T[]`, 2 for `T[][]`. */
export type TypeRef =
  | { kind: 'scalar'; base: ScalarType; dims: 0 | 1 | 2 }
  | { kind: 'node'; base: NodeType; dims: 0 }
  | { kind: 'void'; dims: 0 };

export interface ParamSpec {
  name: string;
  type: TypeName;
}

/**
 * How a returned value is compared with the answer:
 * `exact` JSON equality (numbers by value), `any_order` top-level array as a multiset,
 * `any_order_deep` every array level as a multiset, `float:<eps>` numbers within abs/rel eps.
 */
export type CompareMode = 'exact' | 'any_order' | 'any_order_deep' | `float:${string}`;

export interface FunctionSpec {
  kind: 'function';
  name: string;
  params: ParamSpec[];
  returns: TypeName;
  compare: CompareMode;
}

export interface MethodSpec {
  name: string;
  params: ParamSpec[];
  returns: TypeName;
}

export interface ClassSpec {
  kind: 'class';
  name: string;
  /** Always present after loading (`{ params: [] }` when the YAML omits it). */
  constructor: { params: ParamSpec[] };
  methods: MethodSpec[];
  compare: CompareMode;
}

/** What a `type: function` problem declares: exactly one of `function:` or `class:`. */
export type CallableSpec = FunctionSpec | ClassSpec;

const TYPE_PATTERN = /^(int|long|double|bool|string|ListNode|TreeNode|void)((?:\[\]){0,2})$/;

/** Parses a type name; `undefined` when it is not one the format knows. */
export function parseTypeName(name: TypeName): TypeRef | undefined {
  const match = TYPE_PATTERN.exec(name.replace(/\s+/g, ''));
  if (!match) return undefined;
  const base = match[1];
  const dims = (match[2].length / 2) as 0 | 1 | 2;
  if (base === 'void') return dims === 0 ? { kind: 'void', dims: 0 } : undefined;
  if (base === 'ListNode' || base === 'TreeNode') return dims === 0 ? { kind: 'node', base, dims: 0 } : undefined;
  return { kind: 'scalar', base: base as ScalarType, dims };
}

/** Parses `float:<eps>`; `undefined` for the other modes or a malformed eps. */
export function floatEpsilon(mode: CompareMode): number | undefined {
  if (!mode.startsWith('float:')) return undefined;
  const eps = Number(mode.slice('float:'.length));
  return Number.isFinite(eps) && eps >= 0 ? eps : undefined;
}

export function isCompareMode(value: string): value is CompareMode {
  return (
    value === 'exact' ||
    value === 'any_order' ||
    value === 'any_order_deep' ||
    floatEpsilon(value as CompareMode) !== undefined
  );
}
