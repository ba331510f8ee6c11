#!/usr/bin/env python3
"""Seeded generator for lowest-common-ancestor; reference: parent map and ancestor set."""
import json, os, random
from collections import deque

random.seed(4711)
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


def random_tree(vals, shape='random'):
    """Attach each value under a random node with a free slot (or build a chain / caterpillar)."""
    nodes = [Node(vals[0])]
    free = [(nodes[0], 'left'), (nodes[0], 'right')]
    for v in vals[1:]:
        if shape == 'chain':
            idx = len(free) - 1 - random.randrange(min(2, len(free)))
        else:
            idx = random.randrange(len(free))
        parent, side = free[idx]
        free[idx] = free[-1]; free.pop()
        n = Node(v)
        setattr(parent, side, n)
        nodes.append(n)
        free += [(n, 'left'), (n, 'right')]
    return nodes[0]


def solve(root, p, q):
    parent, stack = {root.val: None}, [root]
    while stack:
        n = stack.pop()
        for c in (n.left, n.right):
            if c:
                parent[c.val] = n.val
                stack.append(c)
    anc = set()
    while p is not None:
        anc.add(p); p = parent[p]
    while q not in anc:
        q = parent[q]
    return q


def all_vals(root):
    out, stack = [], [root]
    while stack:
        n = stack.pop()
        out.append(n.val)
        stack += [c for c in (n.left, n.right) if c]
    return out


def write(group, name, root, p, q):
    vals = all_vals(root)
    assert 1 <= len(vals) <= 10**4 and len(set(vals)) == len(vals) and p in vals and q in vals
    d = os.path.join(ROOT, 'data', group)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(to_level(root), separators=(',', ':')) + f'\n{p}\n{q}\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(root, p, q)) + '\n')


ex = [3, 5, 1, 6, 2, 0, 8, None, None, 7, 4]
write('sample', '01', from_level(ex), 7, 0)
write('sample', '02', from_level(ex), 5, 4)
k = 0
def case(root, p, q):
    global k
    k += 1
    write('secret', f'{k:02d}', root, p, q)

case(from_level([1]), 1, 1)
case(from_level([1, 2]), 1, 2)
case(from_level([1, 2]), 2, 1)
case(from_level(ex), 6, 4)
case(from_level(ex), 7, 8)
case(from_level(ex), 2, 2)
case(from_level([10, 20, 5, 1, 30]), 1, 30)            # a BST-style walk goes the wrong way
case(from_level([50, 60, 40, 45, 70, 30, 35]), 45, 70)  # values out of search order
for n in (40, 500, 3000):
    vals = random.sample(range(10**9 + 1), n)
    root = random_tree(vals)
    p, q = random.sample(vals, 2)
    case(root, p, q)
vals = random.sample(range(10**6), 10**4)
root = random_tree(vals)
case(root, vals[-1], vals[-2])                          # two late-attached (deep) nodes
case(root, vals[0], vals[5000])                         # the root with anything
chain = random_tree(random.sample(range(10**6), 5000), 'chain')
cv = all_vals(chain)
case(chain, cv[-1], cv[-2])
case(chain, cv[100], cv[4000])
vals = random.sample(range(10**9), 8000)
root = random_tree(vals)
case(root, vals[1234], vals[4321])
