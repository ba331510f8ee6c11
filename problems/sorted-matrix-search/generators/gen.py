#!/usr/bin/env python3
"""Seeded generator for sorted-matrix-search; answers by a full scan."""
import json, os, random

random.seed(2718)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def write(group, name, m, t):
    R, C = len(m), len(m[0])
    assert 1 <= R <= 300 and 1 <= C <= 300 and all(len(r) == C for r in m)
    assert all(m[r][c] <= m[r][c + 1] for r in range(R) for c in range(C - 1))
    assert all(m[r][c] <= m[r + 1][c] for r in range(R - 1) for c in range(C))
    assert all(-10**9 <= x <= 10**9 for r in m for x in r) and -10**9 <= t <= 10**9
    ans = any(t in row for row in m)
    d = os.path.join(ROOT, 'data', group)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(m, separators=(',', ':')) + f'\n{t}\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(ans) + '\n')
    return ans


def young(R, C, step=5, base=0):
    """A random row- and column-sorted matrix: m[r][c] = max(up, left) + random step."""
    m = [[0] * C for _ in range(R)]
    for r in range(R):
        for c in range(C):
            prev = max(m[r - 1][c] if r else base, m[r][c - 1] if c else base)
            m[r][c] = prev + random.randint(0, step)
    return m


ex = [[1, 4, 7, 11], [2, 5, 8, 12], [3, 6, 9, 16], [10, 13, 14, 17]]
write('sample', '01', ex, 5)
write('sample', '02', ex, 15)
k = 0
def case(m, t):
    global k
    k += 1
    print(write('secret', f'{k:02d}', m, t), end=' ')

case([[5]], 5)
case([[5]], -5)
case([[1, 3, 5, 7, 9]], 4)
case([[1], [3], [5]], 5)
case(ex, 3)                                   # in an earlier row than the last first-value <= 3
case(ex, 16)
case(ex, 0)
case(ex, 18)
m = young(60, 80, 3)
case(m, m[37][12])
case(m, m[59][79] + 1)
big = young(200, 300, 4)
case(big, big[190][3])                        # deep in an early column: overlapping rows
case(big, big[0][299])
case(big, big[150][150] + 1 if big[150][150] + 1 not in {x for r in big for x in r} else -10**9)
flat = [[7] * 300 for _ in range(50)]
case(flat, 7)
case(flat, 8)
extreme = [[-10**9 + r + c for c in range(10)] for r in range(300)]
extreme[-1][-1] = 10**9
case(extreme, 10**9)
case(young(1, 300, 1000), 123456)
