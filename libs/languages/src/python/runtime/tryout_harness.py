# The fixed part of every Python function-problem harness (libs/languages/src/harness/README.md):
# the generated glue for one signature is appended to this file to make main.py. The candidate runs
# as module `solution` (its own file name, so tracebacks and SyntaxErrors keep its line numbers)
# with LeetCode's implicit imports, in a thread with a large stack so deep recursion (also through
# C frames like functools.cache) hits RecursionError rather than a segfault.
import sys, os, json

# The protocol (libs/languages/src/harness/protocol.ts; a unit test checks these agree with it).
_INTERNAL = 97
_MESSAGE_PREFIX = 'tryout harness: '
_SOLUTION_FILE = 'solution.py'

def _harness_fail(what, err):
    try:
        sys.stderr.write(_MESSAGE_PREFIX + '%s: %r\n' % (what, err))
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
    module.__file__ = _SOLUTION_FILE
    namespace = module.__dict__
    exec(compile(prelude, '<prelude>', 'exec'), namespace)
    namespace['ListNode'] = ListNode
    namespace['TreeNode'] = TreeNode
    sys.modules['solution'] = module
    with open(_SOLUTION_FILE, encoding='utf-8') as f:
        source = f.read()
    code = compile(source, _SOLUTION_FILE, 'exec')
    exec(code, namespace)
    return namespace

def _defined(ns, name):
    if name not in ns:
        raise CandidateError('%s is not defined in %s' % (name, _SOLUTION_FILE))
    return ns[name]

def _candidate_failed(err):
    import traceback
    sys.stdout.flush()
    tb = err.__traceback__
    # Drop the harness's own frames so the trace starts in the candidate's code.
    while tb is not None and tb.tb_frame.f_code.co_filename != _SOLUTION_FILE:
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
