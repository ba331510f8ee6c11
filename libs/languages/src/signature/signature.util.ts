import { parseTypeName, type CallableSpec, type ParamSpec, type TypeRef } from './function-spec';
import { HarnessException, HarnessExceptionCode } from './harness.exception';

/** A parameter with its type parsed. */
export interface ResolvedParam {
  name: string;
  type: TypeRef;
}

export interface ResolvedMethod {
  name: string;
  params: ResolvedParam[];
  returns: TypeRef;
}

/** A function or class signature with every type parsed and every name checked. */
export type ResolvedSpec =
  | { kind: 'function'; fn: ResolvedMethod }
  | { kind: 'class'; className: string; ctorParams: ResolvedParam[]; methods: ResolvedMethod[] };

/** Names end up verbatim in generated code, so they must be plain identifiers. */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

function checkName(name: string, what: string): string {
  if (!IDENTIFIER.test(name)) {
    throw new HarnessException(HarnessExceptionCode.InvalidName, `${what} "${name}" is not a plain identifier`);
  }
  return name;
}

function resolveType(name: string, where: string, allowVoid: boolean): TypeRef {
  const type = parseTypeName(name);
  if (!type) throw new HarnessException(HarnessExceptionCode.UnsupportedType, `${where}: unknown type "${name}"`);
  if (type.kind === 'void' && !allowVoid) {
    throw new HarnessException(HarnessExceptionCode.UnsupportedType, `${where}: void is only allowed as a return type`);
  }
  return type;
}

function resolveParams(params: ParamSpec[], where: string): ResolvedParam[] {
  const seen = new Set<string>();
  return params.map((p) => {
    checkName(p.name, `${where} parameter`);
    if (seen.has(p.name)) {
      throw new HarnessException(HarnessExceptionCode.InvalidName, `${where}: duplicate parameter "${p.name}"`);
    }
    seen.add(p.name);
    return { name: p.name, type: resolveType(p.type, `${where} parameter ${p.name}`, false) };
  });
}

export function resolveSpec(spec: CallableSpec): ResolvedSpec {
  if (spec.kind === 'function') {
    const name = checkName(spec.name, 'function name');
    return {
      kind: 'function',
      fn: {
        name,
        params: resolveParams(spec.params, name),
        returns: resolveType(spec.returns, `${name} return`, true),
      },
    };
  }
  const className = checkName(spec.name, 'class name');
  const seen = new Set<string>();
  const methods = spec.methods.map((m) => {
    const name = checkName(m.name, 'method name');
    // Go capitalises method names, so `get` and `Get` would collide there.
    const key = name.toLowerCase();
    if (seen.has(key) || name === className) {
      throw new HarnessException(HarnessExceptionCode.InvalidName, `${className}: duplicate method "${name}"`);
    }
    seen.add(key);
    return {
      name,
      params: resolveParams(m.params, `${className}.${name}`),
      returns: resolveType(m.returns, `${className}.${name} return`, true),
    };
  });
  return {
    kind: 'class',
    className,
    ctorParams: resolveParams(spec.constructor.params, `${className} constructor`),
    methods,
  };
}

function allTypes(spec: ResolvedSpec): TypeRef[] {
  if (spec.kind === 'function') return [...spec.fn.params.map((p) => p.type), spec.fn.returns];
  return [
    ...spec.ctorParams.map((p) => p.type),
    ...spec.methods.flatMap((m) => [...m.params.map((p) => p.type), m.returns]),
  ];
}

/** Whether the signature mentions ListNode / TreeNode (their definitions are only emitted then). */
export function usesNodeType(spec: ResolvedSpec, node: 'ListNode' | 'TreeNode'): boolean {
  return allTypes(spec).some((t) => t.kind === 'node' && t.base === node);
}

/** The base name of a type: `int` for `int[][]`, `ListNode`, `void`. */
export function baseOf(type: TypeRef): string {
  return type.kind === 'void' ? 'void' : type.base;
}

/** Upper-cases the first letter (Go's exported method names). */
export function capitalize(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
