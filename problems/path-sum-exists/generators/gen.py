#!/usr/bin/env python3
"""Seeded generator for path-sum-exists; reference: set of root-to-leaf sums."""
import json, os, random
from collections import deque

random.seed(2222)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class Node:
    def __init__(self, val):
        self.val, self.left, self.right = val, None, None


def to_level(root):
    if root is None:
        return []
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
    if not vals:
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


def random_tree(n, lo, hi, deep=False):
    root = Node(random.randint(lo, hi))
    free = [(root, 'left'), (root, 'right')]
    for _ in range(n - 1):
        idx = len(free) - 1 - random.randrange(2) if deep else random.randrange(len(free))
        parent, side = free[idx]
        free[idx] = free[-1]; free.pop()
        node = Node(random.randint(lo, hi))
        setattr(parent, side, node)
        free += [(node, 'left'), (node, 'right')]
    return root


def leaf_sums(root):
    out, stack = [], ([(root, 0)] if root else [])
    while stack:
        n, s = stack.pop()
        s += n.val
        if not n.left and not n.right:
            out.append(s)
        stack += [(c, s) for c in (n.left, n.right) if c]
    return out


def count(root):
    return len(to_level(root)) - to_level(root).count(None) if root else 0


def write(group, name, root, target):
    assert count(root) <= 10**4 and -10**7 <= target <= 10**7
    ans = target in set(leaf_sums(root))
    d = os.path.join(ROOT, 'data', group)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(to_level(root), separators=(',', ':')) + f'\n{target}\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(ans) + '\n')
    return ans


ex = [5, 4, 8, 11, None, 13, 4, 7, 2, None, None, None, 1]
write('sample', '01', from_level(ex), 22)
write('sample', '02', from_level([1, 2]), 1)
k = 0
def case(root, t):
    global k
    k += 1
    print(write('secret', f'{k:02d}', root, t), end=' ')

case(None, 0)                                     # empty tree: no path, even for 0
case(from_level([0]), 0)
case(from_level([-3]), 3)
case(from_level([1, 2, 3]), 4)
case(from_level([1, 2, 3]), 1)                    # only a prefix
case(from_level(ex), 26)
case(from_level(ex), 18)
case(from_level(ex), 9)                           # 5 + 4 is a prefix only
case(from_level([-2, None, -3]), -5)
t = random_tree(300, -10, 10)
case(t, random.choice(leaf_sums(t)))
t = random_tree(10**4, -1000, 1000)
case(t, random.choice(leaf_sums(t)))
case(t, 10**7)
deep = random_tree(8000, -1000, 1000, deep=True)
case(deep, max(leaf_sums(deep)))
chain = Node(1000); cur = chain
for _ in range(9999):
    cur.right = Node(1000); cur = cur.right
case(chain, 10**7)                                # the largest possible sum
case(chain, 10**7 - 1000)                         # a prefix of the chain
t = random_tree(5000, -5, 5)
sums = set(leaf_sums(t))
case(t, next(x for x in range(-100, 100) if x not in sums))
