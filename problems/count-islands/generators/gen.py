#!/usr/bin/env python3
"""Seeded generator for count-islands: random, spiral and checkerboard maps; reference by BFS."""
import json, os, random
from collections import deque

random.seed(5555)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def solve(g):
    m, n = len(g), len(g[0])
    seen = [[False] * n for _ in range(m)]
    count = 0
    for i in range(m):
        for j in range(n):
            if g[i][j] == 1 and not seen[i][j]:
                count += 1
                seen[i][j] = True
                q = deque([(i, j)])
                while q:
                    r, c = q.popleft()
                    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                        a, b = r + dr, c + dc
                        if 0 <= a < m and 0 <= b < n and g[a][b] == 1 and not seen[a][b]:
                            seen[a][b] = True
                            q.append((a, b))
    return count


def write(group, name, g):
    d = os.path.join(ROOT, 'data', group)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(g, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(g)) + '\n')


def rnd(m, n, p):
    return [[1 if random.random() < p else 0 for _ in range(n)] for _ in range(m)]


def spiral(n):
    """One long snake-shaped island: deep for recursive flood fills."""
    g = [[0] * n for _ in range(n)]
    for i in range(0, n, 2):
        for j in range(n):
            g[i][j] = 1
        if i + 1 < n:
            g[i + 1][n - 1 if (i // 2) % 2 == 0 else 0] = 1
    return g


write('sample', '01', [[1, 1, 0, 0, 1], [0, 1, 0, 1, 1], [1, 0, 0, 0, 0], [1, 0, 1, 0, 1]])
write('sample', '02', [[1, 0], [0, 1]])
fixed = [[[0]], [[1]], [[1, 1, 1]], [[1], [0], [1]], [[0, 0], [0, 0]], [[1, 1], [1, 1]],
         [[1, 0, 1, 0, 1]], [[1, 1, 1], [1, 0, 1], [1, 1, 1]], [[0, 1, 0], [1, 0, 1], [0, 1, 0]]]
k = 0
for g in fixed:
    k += 1
    write('secret', f'{k:02d}', g)
for g in [rnd(10, 10, 0.5), rnd(50, 80, 0.4), rnd(500, 500, 0.5), [[(i + j) % 2 for j in range(500)] for i in range(500)],
          spiral(499), [[1] * 500 for _ in range(500)], rnd(1, 500, 0.6), rnd(500, 1, 0.6), rnd(300, 300, 0.6)]:
    k += 1
    write('secret', f'{k:02d}', g)
