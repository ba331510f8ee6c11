#!/usr/bin/env python3
"""Seeded generator for window-maximum: wide windows and monotone inputs; reference monotonic deque."""
import json, os, random
from collections import deque

random.seed(3141)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def solve(a, k):
    dq, out = deque(), []
    for i, x in enumerate(a):
        while dq and a[dq[-1]] <= x:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(a[dq[0]])
    return out


def write(group, name, a, k):
    d = os.path.join(ROOT, 'data', group)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(a, separators=(',', ':')) + '\n' + json.dumps(k) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(a, k), separators=(',', ':')) + '\n')


def rnd(n, lo=-10**4, hi=10**4):
    return [random.randint(lo, hi) for _ in range(n)]


write('sample', '01', [2, 7, 3, 1, 5, 4, 6], 3)
write('sample', '02', [-4, -9], 1)
fixed = [([5], 1), ([1, 2], 2), ([2, 1], 2), ([3, 3, 3], 2), ([1, 3, -1, -3, 5, 3, 6, 7], 3), ([9, 8, 7, 6, 5], 2),
         ([1, 2, 3, 4, 5], 5), ([4, -2], 2), ([-10**4, 10**4, -10**4], 2)]
k = 0
for a, kk in fixed:
    k += 1
    write('secret', f'{k:02d}', a, kk)
n = 100000
for a, kk in [(rnd(100), 7), (rnd(10000), 100), (rnd(n), 50000), (list(range(-10**4, 10**4)) * 3, 30000),
              (list(range(10**4, -10**4, -1)) * 3, 30000), (rnd(n, 0, 3), 1), (rnd(n), n), (rnd(30000), 100)]:
    k += 1
    write('secret', f'{k:02d}', a, kk)
