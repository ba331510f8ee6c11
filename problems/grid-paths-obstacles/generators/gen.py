#!/usr/bin/env python3
"""Seeded generator for grid-paths-obstacles; reference: row DP modulo 1e9+7."""
import json, os, random

random.seed(2024)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MOD = 10**9 + 7


def solve(g):
    ways = [0] * len(g[0])
    ways[0] = 1
    for row in g:
        for c, x in enumerate(row):
            ways[c] = 0 if x else (ways[c] + (ways[c - 1] if c else 0)) % MOD
    return ways[-1]


def brute(g):
    R, C = len(g), len(g[0])
    def walk(r, c):
        if r >= R or c >= C or g[r][c]:
            return 0
        return 1 if (r, c) == (R - 1, C - 1) else walk(r + 1, c) + walk(r, c + 1)
    return walk(0, 0) % MOD


def write(group, name, g):
    assert 1 <= len(g) <= 100 and 1 <= len(g[0]) <= 100 and all(len(r) == len(g[0]) for r in g)
    ans = solve(g)
    if len(g) + len(g[0]) <= 22:
        assert ans == brute(g)
    d = os.path.join(ROOT, 'data', group)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(g, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(ans) + '\n')


def rnd(R, C, p):
    g = [[1 if random.random() < p else 0 for _ in range(C)] for _ in range(R)]
    g[0][0] = g[-1][-1] = 0
    return g


write('sample', '01', [[0, 0, 0], [0, 1, 0], [0, 0, 0]])
write('sample', '02', [[0, 1], [0, 0]])
open_ = lambda R, C: [[0] * C for _ in range(R)]
g_edge = open_(5, 6); g_edge[0][2] = 1; g_edge[3][0] = 1          # blocks on the first row and column
g_wall = open_(6, 6)
for r in range(6):
    g_wall[r][3] = 1                                               # a full wall: no route
cases = [
    [[0]], [[1]], [[0, 0, 0, 0]], [[0], [1], [0]],
    [[0, 0], [0, 1]],                                              # end blocked
    g_edge, g_wall,
    rnd(8, 9, 0.2), rnd(10, 10, 0.15),
    open_(16, 16),                                                 # C(30, 15) routes
    open_(100, 100),                                               # huge count, modulo matters
    rnd(100, 100, 0.05), rnd(100, 100, 0.25), rnd(1, 100, 0.0), rnd(100, 1, 0.0),
    rnd(57, 93, 0.1),
]
for k, g in enumerate(cases, 1):
    write('secret', f'{k:02d}', g)
