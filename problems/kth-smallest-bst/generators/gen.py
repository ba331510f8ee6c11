#!/usr/bin/env python3
"""Seeded generator for kth-smallest-bst; reference: sorted values (the tree is a BST)."""
import json, os, random
from collections import deque

random.seed(6060)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class Node:
    def __init__(self, val):
        self.val, self.left, self.right = val, None, None


def to_level(root):
    out, q = [], deque([root])
    while q:
        n = q.popleft()
        if n is None:
            out.append(None)
            continue
        out.append(n.val)
        q.append(n.left)
        q.append(n.right)
    while out and out[-1] is None:
        out.pop()
    return out


def bst(values):
    """Insert values in the given order (iteratively)."""
    root = None
    for v in values:
        if root is None:
            root = Node(v)
            continue
        cur = root
        while True:
            side = 'left' if v < cur.val else 'right'
            nxt = getattr(cur, side)
            if nxt is None:
                setattr(cur, side, Node(v))
                break
            cur = nxt
    return root


def balanced(vals):
    """A perfectly balanced BST from sorted values."""
    if not vals:
        return None
    m = len(vals) // 2
    n = Node(vals[m])
    stack = [(n, vals[:m], vals[m + 1:])]
    while stack:
        node, lo, hi = stack.pop()
        if lo:
            node.left = Node(lo[len(lo) // 2]); stack.append((node.left, lo[:len(lo) // 2], lo[len(lo) // 2 + 1:]))
        if hi:
            node.right = Node(hi[len(hi) // 2]); stack.append((node.right, hi[:len(hi) // 2], hi[len(hi) // 2 + 1:]))
    return n


def write(group, name, values, k, root=None):
    vals = sorted(values)
    assert len(set(vals)) == len(vals) and 1 <= k <= len(vals) <= 10**4
    root = root or bst(values)
    d = os.path.join(ROOT, 'data', group)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(to_level(root), separators=(',', ':')) + '\n' + json.dumps(k) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(vals[k - 1]) + '\n')


def distinct(n, hi=10**9):
    return random.sample(range(hi + 1), n)


write('sample', '01', [5, 3, 6, 2, 4, 1], 3)
write('sample', '02', [40, 20, 60], 3)
cases = [
    ([7], 1), ([2, 1], 1), ([2, 1], 2), ([1, 2], 2), ([0, 10**9], 1), ([10**9, 0], 2),
    ([8, 4, 12, 2, 6, 10, 14, 1, 3, 5, 7, 9, 11, 13, 15], 8),
]
for n, kk in ((50, 17), (300, 300), (1000, 1)):
    cases.append((distinct(n), kk))
for k, (vals, kk) in enumerate(cases, 1):
    write('secret', f'{k:02d}', vals, kk)
big = distinct(10**4)
write('secret', '11', big, 5000)                                              # random shape
chain = sorted(distinct(3000, 10**6))
write('secret', '12', chain, 2999)                                            # right-leaning chain
write('secret', '13', chain[::-1], 2)                                         # left-leaning chain
zig = sorted(distinct(2001, 10**6))
order = [x for i in range(1000) for x in (zig[i], zig[2000 - i])] + [zig[1000]]   # zig-zag
write('secret', '14', order, 1001)
vals = sorted(distinct(10**4))
write('secret', '15', vals, 10**4, balanced(vals))                            # balanced, the largest
write('secret', '16', distinct(5000), 4321)
