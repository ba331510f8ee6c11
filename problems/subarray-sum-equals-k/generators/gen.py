#!/usr/bin/env python3
"""Seeded generator for subarray-sum-equals-k; reference: prefix sums with a counter."""
import json, os, random
from collections import Counter

random.seed(6174)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def solve(a, k):
    seen, s, c = Counter({0: 1}), 0, 0
    for d in a:
        s += d
        c += seen[s - k]
        seen[s] += 1
    return c


def brute(a, k):
    return sum(1 for i in range(len(a)) for j in range(i, len(a)) if sum(a[i:j + 1]) == k)


def write(group, name, a, k):
    assert 1 <= len(a) <= 10**5 and all(-1000 <= x <= 1000 for x in a) and -10**8 <= k <= 10**8
    ans = solve(a, k)
    if len(a) <= 200:
        assert ans == brute(a, k)
    d = os.path.join(ROOT, 'data', group)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(a, separators=(',', ':')) + f'\n{k}\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(ans) + '\n')
    return ans


rnd = lambda n, lo=-1000, hi=1000: [random.randint(lo, hi) for _ in range(n)]
print(write('sample', '01', [3, 4, -7, 3, 1, 3, 1, -4], 7), end=' ')
write('sample', '02', [0, 0, 0], 0)
n = 3 * 10**4   # large tests below the bound keep the package small
cases = [
    ([5], 5), ([5], -5), ([1, 1, 1], 2), ([1, -1, 1, -1], 0), ([-3, 5, -2, 4], 2),
    ([2, -1, 2, -1, 2], 3), ([1000] * 10, 10**4), ([0, 1, 0], 1),
    (rnd(100, -2, 2), 1), (rnd(200, -5, 5), 0),
    ([0] * 10**5, 0),                              # 5 000 050 000 windows: needs 64 bits
    (rnd(n, -1, 1), 0),
    (rnd(n), 1234),
    (rnd(n, 0, 3), 100),                           # non-negative: the sliding window would do
    ([1000] * n, 10**7),                           # k far beyond small windows, exactly 1 per start
    (rnd(n, -10, 10), -7),
]
for k, (a, kk) in enumerate(cases, 1):
    print(write('secret', f'{k:02d}', a, kk), end=' ')
