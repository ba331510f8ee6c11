#!/usr/bin/env python3
"""Seeded generator for stock-profit: random walks and adversarial orders, reference one-pass answer."""
import json, os, random

random.seed(2024)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def solve(p):
    best, low = 0, p[0]
    for x in p:
        best = max(best, x - low)
        low = min(low, x)
    return best


def write(group, name, p):
    d = os.path.join(ROOT, 'data', group)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(p, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(p)) + '\n')


def walk(n):
    x, out = random.randint(0, 10**4), []
    for _ in range(n):
        x = min(10**4, max(0, x + random.randint(-50, 50)))
        out.append(x)
    return out


write('sample', '01', [9, 4, 6, 3, 8, 5])
write('sample', '02', [12, 10, 7, 7, 2])
fixed = [[5], [0, 0], [1, 2], [2, 1], [10000, 0, 10000], [7, 1, 5, 3, 6, 4], [3, 3, 3, 3],
         [8, 9, 1, 2], [10, 1, 2, 9, 0, 3], [0, 10000]]
k = 0
for p in fixed:
    k += 1
    write('secret', f'{k:02d}', p)
n = 10**5
for p in [walk(100), [random.randint(0, 10**4) for _ in range(1000)], walk(n), list(range(10**4, -1, -1)) * 9,
          list(range(n // 2, 0, -1)) + [0] * (n // 2), [random.randint(0, 10**4) for _ in range(n)],
          list(range(5000, 10001)) + list(range(0, 5000))]:
    k += 1
    write('secret', f'{k:02d}', [min(x, 10**4) for x in p])
