#!/usr/bin/env python3
"""Seeded generator for remove-nth-from-end; reference: list slicing."""
import json, os, random

random.seed(9119)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def write(group, name, a, n):
    assert 1 <= n <= len(a) <= 10**5 and all(-10**9 <= x <= 10**9 for x in a)
    ans = a[:len(a) - n] + a[len(a) - n + 1:]
    d = os.path.join(ROOT, 'data', group)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(a, separators=(',', ':')) + f'\n{n}\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(ans, separators=(',', ':')) + '\n')


rnd = lambda L, lo=-10**9, hi=10**9: [random.randint(lo, hi) for _ in range(L)]
write('sample', '01', [10, 20, 30, 40, 50], 2)
write('sample', '02', [7, 8], 2)
L = 2 * 10**4   # large lists below the bound keep the package small
cases = [
    ([1], 1), ([1, 2], 1), ([1, 2, 3], 3), ([1, 2, 3], 2), ([5, 5, 5, 5], 4),
    ([-10**9, 10**9], 1), ([0, -1, -2, -3, -4, -5], 6), (rnd(10, -9, 9), 5),
    (rnd(100), 100), (rnd(1000), 1),
    (rnd(L, 0, 999), L),                        # remove the head of a long list
    (rnd(L, 0, 999), 1),                        # remove the tail
    (rnd(L, 0, 999), L // 2),
    (list(range(30000)), 29999),                # the second node of a long list
    (rnd(5000), 4321),
    ([3] * 3000, 1500),
]
for k, (a, n) in enumerate(cases, 1):
    write('secret', f'{k:02d}', a, n)
