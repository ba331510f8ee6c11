import type { TypeRef } from '../signature/function-spec';

const TS_SCALAR: Record<string, string> = {
  int: 'number',
  long: 'number',
  double: 'number',
  bool: 'boolean',
  string: 'string',
};
export function tsType(t: TypeRef): string {
  if (t.kind === 'void') return 'void';
  if (t.kind === 'node') return `${t.base} | null`;
  return TS_SCALAR[t.base] + '[]'.repeat(t.dims);
}
/** JSDoc type as LeetCode writes it (`{ListNode}`, not `{ListNode | null}`). */
export function jsDocType(t: TypeRef): string {
  return t.kind === 'node' ? t.base : tsType(t);
}
