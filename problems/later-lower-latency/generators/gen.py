#!/usr/bin/env python3
"""Seeded generator for later-lower-latency; reference: Fenwick tree over compressed values, O(n log n)."""
import json, os, random

random.seed(27182)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LO, HI = -10**9, 10**9


def solve(a):
    # Rank every value among the distinct values (1-based), then sweep from the newest deploy,
    # asking how many already-seen (later) values have a smaller rank.
    rank = {v: i + 1 for i, v in enumerate(sorted(set(a)))}
    m = len(rank)
    tree = [0] * (m + 1)
    out = [0] * len(a)
    for i in range(len(a) - 1, -1, -1):
        r = rank[a[i]]
        j, s = r - 1, 0
        while j > 0:
            s += tree[j]
            j -= j & -j
        out[i] = s
        while r <= m:
            tree[r] += 1
            r += r & -r
    return out


def brute(a):
    return [sum(1 for y in a[i + 1:] if y < x) for i, x in enumerate(a)]


def write(group, name, a):
    assert 1 <= len(a) <= 10**5 and all(LO <= x <= HI for x in a)
    ans = solve(a)
    if len(a) <= 2000:
        assert ans == brute(a)
    d = os.path.join(ROOT, 'data', group)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(a, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(ans, separators=(',', ':')) + '\n')


def rnd(n, lo=LO, hi=HI):
    return [random.randint(lo, hi) for _ in range(n)]


write('sample', '01', [120, 95, 140, 95, 80])
write('sample', '02', [7, 7, 7])

n = 100000
cases = [
    [42],                                      # one deploy
    [-5],                                      # one negative deploy
    [3, 1],                                    # two, decreasing
    [1, 3],                                    # two, increasing
    [5, 5, 5, 5, 5, 5],                        # all equal
    [1, 2, 3, 4, 5, 6, 7, 8],                  # strictly increasing
    [8, 7, 6, 5, 4, 3, 2, 1],                  # strictly decreasing
    [-3, -7, 0, -7, -1, -3, 2, -10],           # negatives
    [2, 1, 2, 1, 2, 1, 2, 1, 2, 1],            # many duplicates, alternating
    [HI, LO, HI, LO, 0, HI, LO],               # extreme values
    [LO, LO, HI, HI, LO],                      # extremes with ties
    rnd(200, -5, 5),                           # small, dense duplicates
    rnd(2000),                                 # medium random
    rnd(n),                                    # large random, full range
    list(range(n, 0, -1)),                     # large strictly decreasing: largest answers
    list(range(-n // 2, n // 2)),              # large strictly increasing: all zeros
    rnd(n, 0, 3),                              # large, only four distinct values
    [7] * n,                                   # large, all equal
    [HI - i for i in range(n // 2)] + [LO + i for i in range(n // 2)],  # large, extreme halves
    sorted(rnd(n), reverse=True)[: n // 2] + rnd(n // 2, -1000, 1000),  # large, decreasing then noise
]
for k, a in enumerate(cases, 1):
    write('secret', f'{k:02d}', a)
