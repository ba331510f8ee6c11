#!/usr/bin/env python3
"""Seeded generator for level-order: random and degenerate trees, answers by breadth-first search."""
import json, os, random
from collections import deque

random.seed(1339)
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


def random_tree(n, shape='random'):
    if n == 0:
        return None
    nodes = [Node(random.randint(-1000, 1000))]
    for _ in range(n - 1):
        child = Node(random.randint(-1000, 1000))
        while True:
            if shape == 'chain':
                p = nodes[-1]
            elif shape == 'deep':
                p = nodes[random.randint(max(0, len(nodes) - 3), len(nodes) - 1)]
            else:
                p = random.choice(nodes)
            side = random.choice(['left', 'right']) if shape != 'left' else 'left'
            if shape == 'left':
                p = nodes[-1]
            if getattr(p, side) is None:
                setattr(p, side, child)
                break
        nodes.append(child)
    return nodes[0]


def solve(root):
    out, level = [], [root] if root else []
    while level:
        out.append([n.val for n in level])
        level = [c for n in level for c in (n.left, n.right) if c]
    return out


def write(group, name, level):
    d = os.path.join(ROOT, 'data', group)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(level, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(from_level(level)), separators=(',', ':')) + '\n')


write('sample', '01', [8, 3, 10, 1, 6, None, 14])
write('sample', '02', [2, None, 7, 5])
fixed = [[], [0], [1, 2], [1, None, 2], [1, 2, 3], [1, 2, 3, 4, 5, 6, 7], [1, None, 2, None, 3, None, 4],
         [1, 2, 3, 4, None, None, 5], [5, 5, 5, None, 5, 5], [1, 2, None, 3, None, 4, None, 5]]
k = 0
for lv in fixed:
    k += 1
    write('secret', f'{k:02d}', lv)
for n, shape in [(20, 'random'), (100, 'random'), (1000, 'deep'), (10000, 'random'), (3000, 'chain'),
                 (10000, 'deep'), (10000, 'random')]:
    k += 1
    write('secret', f'{k:02d}', to_level(random_tree(n, shape)))
