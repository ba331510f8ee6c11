#!/usr/bin/env python3
"""Seeded generator for validate-bst: valid BSTs and BSTs with deep violations, reference by bounds."""
import json, os, random
from collections import deque

random.seed(1340)
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


def from_level(vals):
    if not vals or vals[0] is None:
        return None
    root = Node(vals[0]); q = deque([root]); i = 1
    while q and i < len(vals):
        n = q.popleft()
        if i < len(vals) and vals[i] is not None:
            n.left = Node(vals[i]); q.append(n.left)
        i += 1
        if i < len(vals) and vals[i] is not None:
            n.right = Node(vals[i]); q.append(n.right)
        i += 1
    return root


LO, HI = -2**31, 2**31 - 1


def solve(root):
    stack = [(root, None, None)] if root else []
    while stack:
        n, lo, hi = stack.pop()
        if (lo is not None and n.val <= lo) or (hi is not None and n.val >= hi):
            return False
        if n.left:
            stack.append((n.left, lo, n.val))
        if n.right:
            stack.append((n.right, n.val, hi))
    return True


def bst(values):
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


def nodes_of(root):
    out, stack = [], [root]
    while stack:
        n = stack.pop()
        out.append(n)
        stack.extend(c for c in (n.left, n.right) if c)
    return out




def write(group, name, level):
    d = os.path.join(ROOT, 'data', group)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(level, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(from_level(level))) + '\n')


write('sample', '01', [20, 10, 30, None, 15, 25])
write('sample', '02', [20, 10, 30, None, 25])
fixed = [[], [0], [HI], [LO], [1, 1], [1, None, 1], [2, 1, 3], [LO, None, HI], [HI, LO], [HI, None, LO],
         [0, LO, HI], [5, 1, 4, None, None, 3, 6], [10, 5, 15, None, None, 6, 20], [3, 1, 5, 0, 2, 4, 6],
         [LO, None, LO], [HI, HI]]
k = 0
for lv in fixed:
    k += 1
    write('secret', f'{k:02d}', lv)
vals = random.sample(range(LO, HI), 10000)
good = bst(vals)
write('secret', f'{k + 1:02d}', to_level(good))
# swap the values of two random nodes: almost always invalid, and checked by the reference anyway
a, b = random.sample(nodes_of(good), 2)
a.val, b.val = b.val, a.val
write('secret', f'{k + 2:02d}', to_level(good))
a.val, b.val = b.val, a.val
# a duplicate key deep in the tree
ns = nodes_of(good)
x = random.choice([n for n in ns if n.left])
pred = x.left
while pred.right:
    pred = pred.right
pred.right = Node(x.val)
write('secret', f'{k + 3:02d}', to_level(good))
pred.right = None
chain = bst(list(range(-5000, 5000)))
write('secret', f'{k + 4:02d}', to_level(chain))
chain2 = bst(list(range(5000, -5000, -1)) + [5001])
write('secret', f'{k + 5:02d}', to_level(chain2))
small = bst(random.sample(range(-1000, 1000), 200))
write('secret', f'{k + 6:02d}', to_level(small))
# root-level bound violated four levels down: [50, 30, 70, 20, 40, ...] with 55 under 40
write('secret', f'{k + 7:02d}', [50, 30, 70, 20, 40, 60, 80, None, None, 35, 55])
write('secret', f'{k + 8:02d}', [50, 30, 70, 20, 40, 60, 80, None, None, 35, 45, 49, 65])
