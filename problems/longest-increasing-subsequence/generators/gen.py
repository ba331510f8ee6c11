#!/usr/bin/env python3
"""Seeded generator for longest-increasing-subsequence; reference: patience tails, O(n log n)."""
import json, os, random
from bisect import bisect_left

random.seed(9001)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LO, HI = -10**9, 10**9


def solve(a):
    tails = []
    for x in a:
        i = bisect_left(tails, x)
        tails[i:i + 1] = [x]
    return len(tails)


def brute(a):
    best = []
    for i, x in enumerate(a):
        best.append(1 + max([best[j] for j in range(i) if a[j] < x], default=0))
    return max(best)


def write(group, name, a):
    assert 1 <= len(a) <= 10**5 and all(LO <= x <= HI for x in a)
    ans = solve(a)
    if len(a) <= 1500:
        assert ans == brute(a)
    d = os.path.join(ROOT, 'data', group)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(a, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(ans) + '\n')


rnd = lambda n, lo=LO, hi=HI: [random.randint(lo, hi) for _ in range(n)]
n = 5 * 10**4  # large tests stay at half the bound to keep the package small
write('sample', '01', [10, 9, 2, 5, 3, 7, 101, 18])
write('sample', '02', [7, 7, 7, 7])
cases = [
    [5], [HI, LO], [LO, HI], [1, 2, 2, 3], [3, 3, 2, 2, 1, 1],
    [0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15],
    [2, 2, 3, 3, 4, 4, 1, 1, 5, 5],
    rnd(50, -5, 5), rnd(1000, 0, 30), rnd(1500),
    [3 * i - 30000 for i in range(20000)],            # increasing: answer = length
    rnd(n, 0, 99999),                                 # large random: answer ~ 2 sqrt(n)
    list(range(n, 0, -1)),                            # large decreasing: answer 1
    [random.randint(0, 5) + i // 10 for i in range(n)],  # noisy upward trend, many ties
    [v // 2 for v in range(4000)] + [HI - 1, HI, LO],   # pairs of equal values, extremes at the end
]
for k, a in enumerate(cases, 1):
    write('secret', f'{k:02d}', a)
