import type { TypeRef } from '../signature/function-spec';
import { baseOf, type ResolvedMethod, type ResolvedSpec } from '../signature/signature.util';

/**
 * The signature as data, for harness runtimes written as fixed source files (PHP, Elixir): the
 * glue writes it to SIGNATURE_FILE beside the runtime, which reads it before the test. Types are
 * `[base, dims]` (`["int", 1]` for `int[]`); `call` is the name the language's code defines, where
 * it differs from the problem's (Elixir's snake_case).
 */
export const SIGNATURE_FILE = 'tryout-signature.json';

type TypeTuple = [string, number];

interface MethodEntry {
  call?: string;
  params: TypeTuple[];
  returns: TypeTuple;
}

export type SignatureFile =
  | ({ kind: 'function'; name: string } & MethodEntry)
  | { kind: 'class'; name: string; ctor: TypeTuple[]; methods: Record<string, MethodEntry> };

const tuple = (t: TypeRef): TypeTuple => [baseOf(t), t.dims];

export function signatureFile(spec: ResolvedSpec, callName?: (name: string) => string): SignatureFile {
  const entry = (m: ResolvedMethod): MethodEntry => ({
    ...(callName ? { call: callName(m.name) } : {}),
    params: m.params.map((p) => tuple(p.type)),
    returns: tuple(m.returns),
  });
  if (spec.kind === 'function') return { kind: 'function', name: spec.fn.name, ...entry(spec.fn) };
  return {
    kind: 'class',
    name: spec.className,
    ctor: spec.ctorParams.map((p) => tuple(p.type)),
    methods: Object.fromEntries(spec.methods.map((m) => [m.name, entry(m)])),
  };
}
