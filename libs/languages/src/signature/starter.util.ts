import { type ResolvedMethod, type ResolvedParam, type ResolvedSpec, usesNodeType } from './signature.util';

export type ResolvedClassSpec = Extract<ResolvedSpec, { kind: 'class' }>;

/** LeetCode's commented definitions of the node types, in one language. */
export interface NodeComments {
  ListNode: string;
  TreeNode: string;
}

/** The comment blocks of the node types the signature uses (LeetCode puts them above the code). */
export function nodeComments(spec: ResolvedSpec, comments: NodeComments): string {
  return (['ListNode', 'TreeNode'] as const)
    .filter((n) => usesNodeType(spec, n))
    .map((n) => comments[n])
    .join('');
}

export const names = (params: ResolvedParam[]): string => params.map((p) => p.name).join(', ');

/** LeetCode's usage comment writes arguments without spaces: `obj.put(key,value)`. */
export const usageArgs = (params: ResolvedParam[]): string => params.map((p) => p.name).join(',');

export function usageLines(spec: ResolvedClassSpec, line: (m: ResolvedMethod, index: number) => string): string[] {
  return spec.methods.map((m, i) => line(m, i + 1));
}
