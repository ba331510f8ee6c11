#!/usr/bin/env python3
"""Seeded generator for rotting-oranges; reference: multi-source BFS."""
import json, os, random
from collections import deque

random.seed(5005)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def solve(g):
    R, C = len(g), len(g[0])
    dist = {}
    q = deque()
    for r in range(R):
        for c in range(C):
            if g[r][c] == 2:
                dist[(r, c)] = 0; q.append((r, c))
    while q:
        r, c = q.popleft()
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < R and 0 <= nc < C and g[nr][nc] == 1 and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1; q.append((nr, nc))
    ones = [(r, c) for r in range(R) for c in range(C) if g[r][c] == 1]
    if any(p not in dist for p in ones):
        return -1
    return max((dist[p] for p in ones), default=0)


def write(group, name, g):
    assert 1 <= len(g) <= 200 and 1 <= len(g[0]) <= 200 and all(len(r) == len(g[0]) for r in g)
    assert all(x in (0, 1, 2) for r in g for x in r)
    ans = solve(g)
    d = os.path.join(ROOT, 'data', group)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(g, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(ans) + '\n')
    return ans


def rnd(R, C, p0, p2):
    return [[0 if (x := random.random()) < p0 else 2 if x < p0 + p2 else 1 for _ in range(C)] for _ in range(R)]


def snake(R, C):
    """A winding one-cell corridor of old nodes with a single source at its start."""
    g = [[0] * C for _ in range(R)]
    for r in range(0, R, 2):
        for c in range(C):
            g[r][c] = 1
        if r + 1 < R:
            g[r + 1][C - 1 if (r // 2) % 2 == 0 else 0] = 1
    g[0][0] = 2
    return g


write('sample', '01', [[2, 1, 1], [1, 1, 0], [0, 1, 1]])
write('sample', '02', [[2, 1, 1], [0, 1, 1], [1, 0, 1]])
cases = [
    [[0]], [[1]], [[2]], [[2, 1]], [[1, 1, 1]], [[2, 0, 1]], [[0, 2, 0]],
    [[2, 1, 1, 1, 1, 1, 1, 2]],                        # two sources meet in the middle
    [[1, 1, 1], [1, 2, 1], [1, 1, 1]],
    rnd(12, 15, 0.2, 0.05), rnd(40, 40, 0.05, 0.02),
    snake(199, 200),                                   # about 20 000 minutes
    rnd(200, 200, 0.02, 0.001),
    [[1] * 200 for _ in range(199)] + [[1] * 199 + [2]],  # one source in a corner of a full grid
    rnd(200, 200, 0.45, 0.01),                         # likely unreachable islands: -1
    [[2] * 100 for _ in range(100)],                   # nothing to update: 0
]
for k, g in enumerate(cases, 1):
    print(write('secret', f'{k:02d}', g), end=' ')
