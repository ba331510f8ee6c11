#!/usr/bin/env python3
"""Seeded generator for connected-networks: random forests, cycles and repeats; reference union-find."""
import json, os, random

random.seed(6161)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def solve(n, edges):
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    comps = n
    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
            comps -= 1
    return comps


def write(group, name, n, edges):
    d = os.path.join(ROOT, 'data', group)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(n) + '\n' + json.dumps(edges, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(n, edges)) + '\n')


def rnd(n, m):
    return [[random.randrange(n), random.randrange(n)] for _ in range(m)]


def path(n):
    perm = list(range(n))
    random.shuffle(perm)
    return [[perm[i], perm[i + 1]] for i in range(n - 1)]


write('sample', '01', 6, [[0, 1], [1, 2], [3, 4]])
write('sample', '02', 3, [[0, 1], [1, 2], [2, 0]])
fixed = [(1, []), (1, [[0, 0]]), (2, []), (2, [[0, 1]]), (2, [[1, 0], [0, 1], [0, 1]]), (5, [[0, 0], [1, 1]]),
         (4, [[0, 1], [2, 3]]), (4, [[0, 1], [2, 3], [1, 2]]), (7, [[0, 6], [6, 3], [3, 0], [1, 5]])]
k = 0
for n, e in fixed:
    k += 1
    write('secret', f'{k:02d}', n, e)
for n, e in [(100, rnd(100, 60)), (1000, rnd(1000, 700)), (100000, rnd(100000, 50000)), (30000, path(30000)),
             (100000, []), (30000, path(30000) + rnd(30000, 30000)), (100000, [[0, i] for i in range(1, 100000, 2)]),
             (50000, rnd(50000, 45000))]:
    k += 1
    write('secret', f'{k:02d}', n, e)
