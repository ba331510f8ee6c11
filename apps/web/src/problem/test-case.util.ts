import type { SignatureDto } from '@tryout/contracts';

/** One editable field of a test case: a parameter, a design problem's line, or the whole stdin. */
export interface CaseField {
  name: string;
  /** Tryout type (`int[]`), or a description for design lines and stdin. */
  type: string;
}

/** The fields a case is edited in: one per parameter, two lines for a design problem, one stdin box. */
export function caseFields(signature: SignatureDto | null): CaseField[] {
  if (!signature) return [{ name: 'input', type: 'stdin' }];
  if (signature.kind === 'function') return signature.params.map((p) => ({ name: p.name, type: p.type }));
  return [
    { name: 'operations', type: 'string[]' },
    { name: 'arguments', type: 'argument arrays' },
  ];
}

/** An input split into its fields (missing lines are empty; extra lines stay on the last field). */
export function splitCase(signature: SignatureDto | null, input: string): string[] {
  const fields = caseFields(signature);
  if (!signature) return [input];
  const lines = input.replace(/\r\n/g, '\n').replace(/\n+$/, '').split('\n');
  return fields.map((_, i) => (i === fields.length - 1 ? lines.slice(i).join('\n') : (lines[i] ?? '')));
}

/**
 * The input the judge reads: one line per field, newline-terminated (stdin as typed). A line
 * break typed inside a field would shift the parameters, so it becomes a space.
 */
export function joinCase(signature: SignatureDto | null, values: string[]): string {
  if (!signature) return values[0] ?? '';
  return `${values.map((v) => v.replace(/\r?\n/g, ' ')).join('\n')}\n`;
}

/** `name = value` pairs of a function problem's input; null when it is not one. */
export function namedInput(
  signature: SignatureDto | null,
  input: string,
): { name: string; type: string; value: string }[] | null {
  if (!signature || signature.kind !== 'function') return null;
  const values = splitCase(signature, input);
  return signature.params.map((p, i) => ({ name: p.name, type: p.type, value: values[i] ?? '' }));
}

/** A design problem's input as calls: `LRUCache(2)`, `put(1, 10)`…; null when it does not parse. */
export function designCalls(signature: SignatureDto | null, input: string): { call: string; args: unknown[] }[] | null {
  if (!signature || signature.kind !== 'class') return null;
  const [opsLine = '', argsLine = ''] = splitCase(signature, input);
  try {
    const ops = JSON.parse(opsLine) as unknown;
    const args = JSON.parse(argsLine) as unknown;
    if (!Array.isArray(ops) || !Array.isArray(args) || ops.length !== args.length) return null;
    return ops.map((op, i) => ({ call: String(op), args: Array.isArray(args[i]) ? (args[i] as unknown[]) : [] }));
  } catch {
    return null;
  }
}

export interface TreeNodeView {
  value: number;
  left: TreeNodeView | null;
  right: TreeNodeView | null;
}

/** LeetCode's level order with null (`[3,9,20,null,null,15,7]`) as a tree, as the harnesses build it. */
export function levelOrderTree(values: (number | null)[]): TreeNodeView | null {
  if (values.length === 0 || values[0] === null) return null;
  const root: TreeNodeView = { value: values[0], left: null, right: null };
  const queue = [root];
  let i = 1;
  for (let q = 0; q < queue.length && i < values.length; q++) {
    const node = queue[q];
    const left = values[i++];
    if (left !== null && left !== undefined) {
      node.left = { value: left, left: null, right: null };
      queue.push(node.left);
    }
    const right = i < values.length ? values[i++] : null;
    if (right !== null && right !== undefined) {
      node.right = { value: right, left: null, right: null };
      queue.push(node.right);
    }
  }
  return root;
}

/** The first TreeNode parameter's value in an input, parsed; null when there is none. */
export function firstTreeValue(signature: SignatureDto | null, input: string): (number | null)[] | null {
  const named = namedInput(signature, input);
  const tree = named?.find((p) => p.type === 'TreeNode');
  if (!tree) return null;
  try {
    const value = JSON.parse(tree.value) as unknown;
    return Array.isArray(value) && value.every((v) => v === null || typeof v === 'number')
      ? (value as (number | null)[])
      : null;
  } catch {
    return null;
  }
}

/** Whether the candidate's cases are still exactly the samples (then Run checks them against the answers). */
export function casesAreSamples(cases: string[], samples: { input: string }[]): boolean {
  const norm = (s: string) => s.replace(/\r\n/g, '\n').replace(/\s+$/, '');
  return cases.length === samples.length && cases.every((c, i) => norm(c) === norm(samples[i].input));
}
