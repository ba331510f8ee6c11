import type { TypeRef } from '../signature/function-spec';
import type { GeneratedHarness } from '../harness/harness.types';
import { baseOf, type ResolvedMethod, type ResolvedSpec } from '../signature/signature.util';
import { join } from 'node:path';
import { readPackFile } from '../pack-file.util';

export const PYTHON_SOLUTION_FILE = 'solution.py';

const desc = (t: TypeRef): string => `(${JSON.stringify(baseOf(t))}, ${t.dims})`;
const descs = (m: { params: { type: TypeRef }[] }): string => `(${m.params.map((p) => desc(p.type) + ',').join(' ')})`;

/** The fixed runtime every Python harness starts with, real Python tested in its runner image. */
export const PYTHON_RUNTIME_DIR = join(__dirname, 'runtime');
const RUNTIME = readPackFile(PYTHON_RUNTIME_DIR, 'tryout_harness.py');

function functionBody(fn: ResolvedMethod): string {
  return `
def _read_args():
    lines = _lines()
    types = ${descs(fn)}
    if len(lines) < len(types):
        raise ValueError('expected %d input lines, got %d' % (len(types), len(lines)))
    return [_arg(json.loads(line), base, dims) for line, (base, dims) in zip(lines, types)]

try:
    _args = _read_args()
except Exception as err:
    _harness_fail('cannot read the test input', err)

def _body():
    ns = _load_candidate()
    solution = _defined(ns, 'Solution')()
    return _ret(getattr(solution, ${JSON.stringify(fn.name)})(*_args), ${JSON.stringify(baseOf(fn.returns))}, ${fn.returns.dims})

_emit(_run(_body))
sys.stdout.flush()
`;
}

function classBody(spec: Extract<ResolvedSpec, { kind: 'class' }>): string {
  const methods = spec.methods
    .map((m) => `    ${JSON.stringify(m.name)}: (${descs(m)}, ${desc(m.returns)}),`)
    .join('\n');
  return `
_METHODS = {
${methods}
}

def _read_calls():
    lines = _lines()
    if len(lines) < 2:
        raise ValueError('expected 2 input lines, got %d' % len(lines))
    ops = json.loads(lines[0])
    args = json.loads(lines[1])
    if not isinstance(ops, list) or not isinstance(args, list) or len(ops) != len(args) or not ops:
        raise ValueError('operations and arguments must be non-empty arrays of equal length')
    if ops[0] != ${JSON.stringify(spec.className)}:
        raise ValueError('the first operation must be ${spec.className}, got %r' % (ops[0],))
    calls = []
    for i, (op, a) in enumerate(zip(ops, args)):
        if i == 0:
            types, ret = ${descs({ params: spec.ctorParams })}, None
        elif op in _METHODS:
            types, ret = _METHODS[op]
        else:
            raise ValueError('unknown operation %r' % (op,))
        if not isinstance(a, list) or len(a) != len(types):
            raise ValueError('operation %d (%s) needs %d arguments, got %r' % (i, op, len(types), a))
        calls.append((op, [_arg(x, base, dims) for x, (base, dims) in zip(a, types)], ret))
    return calls

try:
    _calls = _read_calls()
except Exception as err:
    _harness_fail('cannot read the test input', err)

def _body():
    ns = _load_candidate()
    out = [None]
    obj = _defined(ns, ${JSON.stringify(spec.className)})(*_calls[0][1])
    for op, args, (base, dims) in _calls[1:]:
        out.append(_ret(getattr(obj, op)(*args), base, dims))
    return out

_emit(_run(_body))
sys.stdout.flush()
`;
}

export function generatePythonHarness(spec: ResolvedSpec, candidateSource: string): GeneratedHarness {
  const body = spec.kind === 'function' ? functionBody(spec.fn) : classBody(spec);
  return {
    files: [
      { path: 'main.py', content: RUNTIME + body },
      { path: PYTHON_SOLUTION_FILE, content: candidateSource },
    ],
    compile: ['python3', '-m', 'py_compile', PYTHON_SOLUTION_FILE],
  };
}
