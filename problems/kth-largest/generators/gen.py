#!/usr/bin/env python3
"""Seeded generator for kth-largest: answers from sorting."""
import json, os, random

random.seed(8888)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def write(group, name, a, k):
    d = os.path.join(ROOT, 'data', group)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(a, separators=(',', ':')) + '\n' + json.dumps(k) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(sorted(a, reverse=True)[k - 1]) + '\n')


def rnd(n, lo=-10**4, hi=10**4):
    return [random.randint(lo, hi) for _ in range(n)]


write('sample', '01', [3, 11, 5, 8, 1], 2)
write('sample', '02', [4, 6, 6, 2, 6], 3)
fixed = [([1], 1), ([-10**4], 1), ([2, 1], 1), ([2, 1], 2), ([5, 5, 5, 5], 4), ([3, 2, 3, 1, 2, 4, 5, 5, 6], 4),
         ([7, 7, 1], 2), ([-1, -2, -3], 3), ([10**4, -10**4, 0], 2)]
k = 0
for a, kk in fixed:
    k += 1
    write('secret', f'{k:02d}', a, kk)
n = 100000
for a, kk in [(rnd(100), 50), (rnd(1000, 0, 10), 500), (rnd(n), 50000), (rnd(n), 1), (rnd(n), n), (rnd(n, -3, 3), 70000),
              (list(range(n // 2, -n // 2, -1))[:n], 40000), (sorted(rnd(n)), 60000)]:
    k += 1
    write('secret', f'{k:02d}', [max(-10**4, min(10**4, x)) for x in a], kk)
