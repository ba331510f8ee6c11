#!/usr/bin/env python3
"""Seeded generator for max-water-container; reference: two pointers."""
import json, os, random

random.seed(1212)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def solve(a):
    i, j, best = 0, len(a) - 1, 0
    while i < j:
        best = max(best, min(a[i], a[j]) * (j - i))
        if a[i] <= a[j]:
            i += 1
        else:
            j -= 1
    return best


def brute(a):
    return max(min(a[i], a[j]) * (j - i) for i in range(len(a)) for j in range(i + 1, len(a)))


def write(group, name, a):
    assert 2 <= len(a) <= 10**5 and all(0 <= x <= 10**4 for x in a)
    ans = solve(a)
    if len(a) <= 1500:
        assert ans == brute(a)
    d = os.path.join(ROOT, 'data', group)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(a, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(ans) + '\n')


rnd = lambda n, hi=10**4: [random.randint(0, hi) for _ in range(n)]
n = 3 * 10**4   # large tests below the bound keep the package small
write('sample', '01', [1, 8, 6, 2, 5, 4, 8, 3, 7])
write('sample', '02', [2, 2])
cases = [
    [0, 0], [0, 5], [10**4, 10**4], [1, 2, 1], [4, 3, 2, 1, 4], [1, 2, 4, 3],
    [2, 3, 10, 5, 7, 8, 9], [1, 100, 100, 1], [6, 1, 1, 1, 1, 1, 1, 1, 5, 100, 1],
    rnd(40, 20), rnd(1500),
    rnd(n),
    [10**4] * 10**5,                                  # the largest possible answer, 10^4 * (10^5 - 1)
    [i // 3 for i in range(n)],                      # rising heights
    [min(i, n - 1 - i) // 2 for i in range(n)],       # a ridge
    [1] + [10**4] * (n - 2) + [1],                    # the best pair is inside
]
for k, a in enumerate(cases, 1):
    write('secret', f'{k:02d}', a)
