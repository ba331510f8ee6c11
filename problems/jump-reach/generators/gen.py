#!/usr/bin/env python3
"""Seeded generator for jump-reach; reference: greedy farthest reach."""
import json, os, random

random.seed(777)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def solve(a):
    far = 0
    for i, h in enumerate(a):
        if i > far:
            return False
        far = max(far, i + h)
    return True


def brute(a):
    n = len(a)
    r = [False] * n
    r[0] = True
    for i in range(n):
        if r[i]:
            for j in range(i + 1, min(n, i + a[i] + 1)):
                r[j] = True
    return r[-1]


def write(group, name, a):
    assert 1 <= len(a) <= 10**5 and all(0 <= x <= 10**5 for x in a)
    ans = solve(a)
    if len(a) <= 3000:
        assert ans == brute(a)
    d = os.path.join(ROOT, 'data', group)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(a, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(ans) + '\n')


n = 5 * 10**4  # large tests at half the bound keep the package small
write('sample', '01', [2, 3, 1, 1, 4])
write('sample', '02', [3, 2, 1, 0, 4])
small = [random.choice((0, 0, 1, 2, 3)) for _ in range(40)]
cases = [
    [0], [5], [0, 1], [1, 0], [2, 0, 0], [1, 0, 1], [3, 0, 0, 0, 0],
    [4, 0, 0, 0, 0], [1, 2, 0, 1, 0, 2, 0], small,
    [random.choice((0, 1, 1, 2)) for _ in range(3000)],
    [n - i for i in range(n)],                       # huge ranges everywhere: true
    [2 if i % 2 == 0 else 0 for i in range(n)],      # hops over every dead end: true
    [1] * (n // 2) + [0] + [1] * (n // 2 - 1),       # one dead end in the middle: false
    [n // 2 - i if i < n // 2 else 0 for i in range(n // 2)] + [0] * (n // 2),  # big ranges stall halfway: false
    [random.randint(0, 3) for _ in range(n)],
    [random.randint(1, 9) for _ in range(n)],        # no dead end: true
]
for k, a in enumerate(cases, 1):
    write('secret', f'{k:02d}', a)
