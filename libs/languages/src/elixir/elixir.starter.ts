import type { TypeRef } from '../signature/function-spec';
import type { ResolvedParam, ResolvedSpec } from '../signature/signature.util';
import { nodeComments, type NodeComments, usageLines } from '../signature/starter.util';
import { elixirName } from './elixir.names';

/** LeetCode's typespec names. */
const ELIXIR_SCALAR: Record<string, string> = {
  int: 'integer',
  long: 'integer',
  double: 'float',
  bool: 'boolean',
  string: 'String.t',
};

export function elixirType(t: TypeRef): string {
  if (t.kind === 'void') return 'any';
  if (t.kind === 'node') return `${t.base}.t | nil`;
  let type = ELIXIR_SCALAR[t.base];
  for (let d = 0; d < t.dims; d++) type = `[${type}]`;
  return type;
}

const NODE_COMMENTS: NodeComments = {
  ListNode: `# Definition for singly-linked list.
#
# defmodule ListNode do
#   @type t :: %__MODULE__{
#           val: integer,
#           next: ListNode.t() | nil
#         }
#   defstruct val: 0, next: nil
# end

`,
  TreeNode: `# Definition for a binary tree node.
#
# defmodule TreeNode do
#   @type t :: %__MODULE__{
#           val: integer,
#           left: TreeNode.t() | nil,
#           right: TreeNode.t() | nil
#         }
#   defstruct val: 0, left: nil, right: nil
# end

`,
};

const args = (params: ResolvedParam[]): string => params.map((p) => elixirName(p.name)).join(', ');

function fn(name: string, params: ResolvedParam[], returns: TypeRef): string {
  const spec = params.map((p) => `${elixirName(p.name)} :: ${elixirType(p.type)}`).join(', ');
  return `  @spec ${name}(${spec}) :: ${elixirType(returns)}\n  def ${name}(${args(params)}) do\n    \n  end`;
}

/**
 * LeetCode's Elixir starter: snake_case functions with typespecs in `Solution`; a design problem is
 * a module whose `init_` the harness calls first, then each operation in order (state is the
 * candidate's: an Agent, the process dictionary...).
 */
export function elixirStarter(spec: ResolvedSpec): string {
  const comments = nodeComments(spec, NODE_COMMENTS);
  if (spec.kind === 'function') {
    return `${comments}defmodule Solution do\n${fn(elixirName(spec.fn.name), spec.fn.params, spec.fn.returns)}\nend\n`;
  }
  const c = spec.className;
  const members = [
    fn('init_', spec.ctorParams, { kind: 'void', dims: 0 }),
    ...spec.methods.map((m) => fn(elixirName(m.name), m.params, m.returns)),
  ];
  const usage = usageLines(spec, (m, i) =>
    m.returns.kind === 'void'
      ? `${c}.${elixirName(m.name)}(${args(m.params)})`
      : `param_${i} = ${c}.${elixirName(m.name)}(${args(m.params)})`,
  );
  return `${comments}defmodule ${c} do\n${members.join('\n\n')}\nend\n\n# Your functions will be called as such:\n# ${c}.init_(${args(spec.ctorParams)})\n${usage.map((l) => `# ${l}`).join('\n')}\n\n# ${c}.init_ will be called before every test case, in which you can do some necessary initializations.\n`;
}
