#!/usr/bin/env python3
"""Seeded generator for rain-trap: valleys, plateaus and sawtooth profiles; reference two-pointer."""
import json, os, random

random.seed(1618)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def solve(h):
    n = len(h)
    left = [0] * n
    right = [0] * n
    m = 0
    for i in range(n):
        m = max(m, h[i]); left[i] = m
    m = 0
    for i in range(n - 1, -1, -1):
        m = max(m, h[i]); right[i] = m
    return sum(min(left[i], right[i]) - h[i] for i in range(n))


def write(group, name, h):
    d = os.path.join(ROOT, 'data', group)
    ans = solve(h)
    assert ans < 2**31
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(h, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(ans) + '\n')


write('sample', '01', [3, 0, 1, 0, 4, 0, 2])
write('sample', '02', [5, 4, 3, 2])
fixed = [[0], [7], [1, 0], [2, 0, 2], [0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1], [4, 2, 0, 3, 2, 5], [1, 2, 3, 4], [3, 3, 3],
         [5, 0, 0, 0, 0, 1], [0, 10000, 0], [2, 1, 0, 1, 2], [1, 0, 2, 0, 3, 0, 2, 0, 1]]
k = 0
for h in fixed:
    k += 1
    write('secret', f'{k:02d}', h)
n = 200000
valley = [10000] + [0] * (n - 2) + [10000]
saw = [(i % 2) * 10000 for i in range(n)]
mountain = list(range(0, 100000)) + list(range(100000, 0, -1))
mountain = [x // 10 for x in mountain]
for h in [[random.randint(0, 10) for _ in range(100)], [random.randint(0, 10**4) for _ in range(10**4)],
          valley, [random.randint(0, 10**4) for _ in range(n)], mountain, saw[:100000],
          [10000 - abs(i - 50000) // 5 for i in range(100000)]]:
    k += 1
    write('secret', f'{k:02d}', h)
