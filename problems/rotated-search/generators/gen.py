#!/usr/bin/env python3
"""Seeded generator for rotated-search: every rotation offset class, hits and misses."""
import json, os, random

random.seed(3030)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def write(group, name, a, t):
    d = os.path.join(ROOT, 'data', group)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(a, separators=(',', ':')) + '\n' + json.dumps(t) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(a.index(t) if t in a else -1) + '\n')


def rotated(n, r=None, lo=-10**9, hi=10**9):
    a = sorted(random.sample(range(lo, hi + 1), n))
    r = random.randrange(n) if r is None else r
    return a[r:] + a[:r]


write('sample', '01', [40, 50, 10, 20, 30], 20)
write('sample', '02', [7, 9, 1, 3], 8)
fixed = [([1], 1), ([1], 0), ([2, 1], 1), ([2, 1], 2), ([1, 2], 2), ([5, 6, 7, 1, 2, 3, 4], 7), ([5, 6, 7, 1, 2, 3, 4], 1),
         ([5, 6, 7, 1, 2, 3, 4], 4), ([5, 6, 7, 1, 2, 3, 4], 5), ([3, 4, 5, 6, 7, 1, 2], 0), ([10**9, -10**9], -10**9),
         ([4, 5, 6, 7, 0, 1, 2], 3)]
k = 0
for a, t in fixed:
    k += 1
    write('secret', f'{k:02d}', a, t)
big = rotated(100000, 99999, -10**6, 10**6)
mid = rotated(30000, 1)
for a, t in [(big, big[99998]), (big, big[-1]), (mid, mid[0]), (mid, mid[-1] + 1), (rotated(1000), None), (rotated(20000, 0), None)]:
    k += 1
    write('secret', f'{k:02d}', a, a[random.randrange(len(a))] if t is None else t)
