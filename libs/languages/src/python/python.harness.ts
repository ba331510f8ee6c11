import type { TypeRef } from '../signature/function-spec';
import type { GeneratedHarness } from '../harness/harness.types';
import { baseOf, type ResolvedMethod, type ResolvedSpec } from '../signature/signature.util';
import { HARNESS_ABORT_EXIT_CODE } from '../harness/protocol';

export const PYTHON_SOLUTION_FILE = 'solution.py';

const desc = (t: TypeRef): string => `(${JSON.stringify(baseOf(t))}, ${t.dims})`;
const descs = (m: { params: { type: TypeRef }[] }): string => `(${m.params.map((p) => desc(p.type) + ',').join(' ')})`;

/**
 * Runtime shared by every Python harness. The candidate runs as module `solution` (its own
 * filename, so tracebacks and SyntaxErrors keep its line numbers) with LeetCode's implicit imports,
 * in a thread with a large stack so deep recursion (also through C frames like functools.cache)
 * hits RecursionError rather than a segfault.
 */
const RUNTIME = String.raw`import sys, os, json

_INTERNAL = ${HARNESS_ABORT_EXIT_CODE}

def _harness_fail(what, err):
    try:
        sys.stderr.write('tryout harness: %s: %r\n' % (what, err))
        sys.stderr.flush()
    finally:
        os._exit(_INTERNAL)

class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next

class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right

def _to_list(v):
    head = None
    for x in reversed(v):
        head = ListNode(x, head)
    return head

def _to_tree(v):
    if not v or v[0] is None:
        return None
    root = TreeNode(v[0])
    queue = [root]
    qi = 0
    i = 1
    n = len(v)
    while i < n:
        node = queue[qi]
        qi += 1
        if v[i] is not None:
            node.left = TreeNode(v[i])
            queue.append(node.left)
        i += 1
        if i < n and v[i] is not None:
            node.right = TreeNode(v[i])
            queue.append(node.right)
        i += 1
    return root

def _arg(v, base, dims):
    if dims > 0:
        if v is None:
            return None
        if not isinstance(v, list):
            raise ValueError('expected an array of %s, got %r' % (base, v))
        if base == 'double' and dims == 1:
            return [float(x) for x in v]
        return [_arg(x, base, dims - 1) for x in v] if (base == 'double' or base in _NODES) else v
    if base == 'ListNode':
        if v is None:
            return None
        if not isinstance(v, list):
            raise ValueError('expected a ListNode array, got %r' % (v,))
        return _to_list(v)
    if base == 'TreeNode':
        if v is None:
            return None
        if not isinstance(v, list):
            raise ValueError('expected a TreeNode level order, got %r' % (v,))
        return _to_tree(v)
    if base == 'double':
        return float(v)
    if base in ('int', 'long') and (isinstance(v, bool) or not isinstance(v, int)):
        raise ValueError('expected an integer, got %r' % (v,))
    return v

_NODES = ('ListNode', 'TreeNode')

class CandidateError(Exception):
    pass

def _float(x):
    if x is None:
        return None
    x = float(x)
    if x - x != 0:
        raise CandidateError('the function returned %r, which is not a JSON number' % (x,))
    return x

def _seq(v):
    if v is None or isinstance(v, list):
        return v
    if isinstance(v, (str, bytes, dict)):
        raise CandidateError('expected a list, got %s' % type(v).__name__)
    return list(v)

def _from_list(head):
    out = []
    seen = set()
    while head is not None:
        if id(head) in seen:
            raise CandidateError('Found cycle in the ListNode')
        seen.add(id(head))
        out.append(head.val)
        head = head.next
    return out

def _from_tree(root):
    if root is None:
        return []
    out = []
    seen = set()
    queue = [root]
    qi = 0
    while qi < len(queue):
        node = queue[qi]
        qi += 1
        if node is None:
            out.append(None)
            continue
        if id(node) in seen:
            raise CandidateError('Found a cycle or a shared node in the TreeNode')
        seen.add(id(node))
        out.append(node.val)
        queue.append(node.left)
        queue.append(node.right)
    while out and out[-1] is None:
        out.pop()
    return out

def _ret(v, base, dims):
    """A fresh JSON-ready copy of a candidate's value (later mutations cannot change it)."""
    if dims > 0:
        v = _seq(v)
        if v is None:
            return None
        if base == 'double' and dims == 1:
            return [_float(x) for x in v]
        if dims == 1 and base not in _NODES:
            return list(v)
        return [_ret(x, base, dims - 1) for x in v]
    if base == 'ListNode':
        return _from_list(v)
    if base == 'TreeNode':
        return _from_tree(v)
    if base == 'double':
        return _float(v)
    if base == 'void':
        return None
    return v

def _lines():
    data = sys.stdin.buffer.read().decode('utf-8')
    return [line for line in data.split('\n') if line.strip()]

def _load_candidate():
    prelude = (
        'from typing import *\n'
        'from collections import *\n'
        'from heapq import *\n'
        'from bisect import *\n'
        'from itertools import *\n'
        'from functools import *\n'
        'from math import *\n'
        'import collections, heapq, bisect, itertools, functools, math, operator, string, re, sys, os\n'
    )
    module = type(sys)('solution')
    module.__file__ = '${PYTHON_SOLUTION_FILE}'
    namespace = module.__dict__
    exec(compile(prelude, '<prelude>', 'exec'), namespace)
    namespace['ListNode'] = ListNode
    namespace['TreeNode'] = TreeNode
    sys.modules['solution'] = module
    with open('${PYTHON_SOLUTION_FILE}', encoding='utf-8') as f:
        source = f.read()
    code = compile(source, '${PYTHON_SOLUTION_FILE}', 'exec')
    exec(code, namespace)
    return namespace

def _defined(ns, name):
    if name not in ns:
        raise CandidateError('%s is not defined in ${PYTHON_SOLUTION_FILE}' % name)
    return ns[name]

def _candidate_failed(err):
    import traceback
    sys.stdout.flush()
    tb = err.__traceback__
    # Drop the harness's own frames so the trace starts in the candidate's code.
    while tb is not None and tb.tb_frame.f_code.co_filename != '${PYTHON_SOLUTION_FILE}':
        tb = tb.tb_next
    traceback.print_exception(type(err), err, tb)
    sys.stderr.flush()
    os._exit(1)

def _emit(value):
    try:
        # allow_nan=False: NaN and infinities are not JSON; big ints are written digit for digit.
        data = json.dumps(value, separators=(',', ':'), ensure_ascii=False, allow_nan=False).encode('utf-8')
    except (TypeError, ValueError) as err:
        sys.stdout.flush()
        sys.stderr.write('The returned value cannot be serialised as JSON: %s\n' % err)
        sys.stderr.flush()
        os._exit(1)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(3, view):]
    except OSError as err:
        _harness_fail('cannot write the result channel (fd 3)', err)

def _run(body):
    result = []
    def target():
        try:
            result.append(body())
        except SystemExit as err:
            result.append(err)
        except BaseException as err:
            _candidate_failed(err)
    try:
        import threading
        threading.stack_size(256 * 1024 * 1024)
        thread = threading.Thread(target=target)
        thread.start()
    except Exception:
        target()  # no big stack available: run on the main thread
    else:
        thread.join()
    if result and isinstance(result[0], SystemExit):
        raise result[0]
    return result[0] if result else None

sys.setrecursionlimit(1000000)
`;

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
