#!/usr/bin/env python3
"""Seeded generator for house-robber-line; reference: two-variable DP."""
import json, os, random
from itertools import product

random.seed(31337)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def solve(a):
    p2 = p1 = 0
    for v in a:
        p2, p1 = p1, max(p1, p2 + v)
    return p1


def brute(a):
    best = 0
    for mask in product((0, 1), repeat=len(a)):
        if all(not (mask[i] and mask[i + 1]) for i in range(len(a) - 1)):
            best = max(best, sum(v for v, m in zip(a, mask) if m))
    return best


def write(group, name, a):
    assert 1 <= len(a) <= 10**5 and all(0 <= x <= 10**4 for x in a)
    ans = solve(a)
    if len(a) <= 14:
        assert ans == brute(a)
    d = os.path.join(ROOT, 'data', group)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(a, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(ans) + '\n')


rnd = lambda n, hi=10**4: [random.randint(0, hi) for _ in range(n)]
write('sample', '01', [2, 7, 9, 3, 1])
write('sample', '02', [5, 1, 1, 5])
cases = [
    [0], [7], [3, 9], [9, 3], [0, 0, 0], [2, 1, 1, 2], [1, 3, 1, 3, 100],
    [10, 1, 1, 10, 1, 1, 10], [4, 1, 2, 7, 5, 3, 1],
    rnd(12, 20), rnd(14, 5), rnd(1000),
    rnd(30000),                                        # large random
    [10**4] * 30000,                                   # large, all maximal
    [10**4 if i % 3 == 0 else 1 for i in range(30000)],  # pattern beating every-other
    [random.choice((0, 10**4)) for _ in range(30000)],
]
for k, a in enumerate(cases, 1):
    write('secret', f'{k:02d}', a)
