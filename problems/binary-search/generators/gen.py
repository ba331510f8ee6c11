#!/usr/bin/env python3
"""Seeded generator for binary-search: hits and misses at every position, reference via bisect."""
import bisect, json, os, random

random.seed(5150)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def solve(a, t):
    i = bisect.bisect_left(a, t)
    return i if i < len(a) and a[i] == t else -1


def write(group, name, a, t):
    d = os.path.join(ROOT, 'data', group)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(a, separators=(',', ':')) + '\n' + json.dumps(t) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(a, t)) + '\n')


def arr(n, lo=-10**9, hi=10**9):
    return sorted(random.sample(range(lo, hi + 1), n))


write('sample', '01', [-7, 0, 3, 8, 21, 40], 21)
write('sample', '02', [2, 5, 9], 6)
fixed = [([5], 5), ([5], 4), ([5], 6), ([1, 2], 1), ([1, 2], 2), ([1, 2], 3), ([-10**9, 10**9], 10**9),
         ([-10**9, 10**9], -10**9), ([-10**9, 0, 10**9], 1), ([1, 3, 5, 7, 9, 11, 13], 13), ([1, 3, 5, 7, 9, 11, 13], 0)]
k = 0
for a, t in fixed:
    k += 1
    write('secret', f'{k:02d}', a, t)
big = arr(100000, -10**6, 10**6)
mid = arr(20000)
for a, t in [(arr(1000), None), (mid, mid[0]), (big, big[-1]), (mid, mid[17777]), (mid, mid[-1] + 1),
             (big, big[50000] + 1 if big[50001] != big[50000] + 1 else big[0] - 1), (list(range(0, 20000, 2)), 9999)]:
    k += 1
    write('secret', f'{k:02d}', a, a[random.randrange(len(a))] if t is None else t)
