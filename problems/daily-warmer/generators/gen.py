#!/usr/bin/env python3
"""Seeded generator for daily-warmer; reference: monotonic stack."""
import json, os, random

random.seed(3030)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def solve(a):
    wait, st = [0] * len(a), []
    for i, t in enumerate(a):
        while st and a[st[-1]] < t:
            j = st.pop(); wait[j] = i - j
        st.append(i)
    return wait


def brute(a):
    return [next((j - i for j in range(i + 1, len(a)) if a[j] > a[i]), 0) for i in range(len(a))]


def write(group, name, a):
    assert 1 <= len(a) <= 10**5 and all(-50 <= x <= 60 for x in a)
    ans = solve(a)
    if len(a) <= 2000:
        assert ans == brute(a)
    d = os.path.join(ROOT, 'data', group)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(a, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(ans, separators=(',', ':')) + '\n')


rnd = lambda n, lo=-50, hi=60: [random.randint(lo, hi) for _ in range(n)]
n = 3 * 10**4   # large tests below the bound keep the package small
write('sample', '01', [23, 24, 25, 21, 19, 22, 26, 23])
write('sample', '02', [30, 30, 30])
cases = [
    [12], [1, 2], [2, 1], [-50, 60], [5, 5, 6], [6, 5, 5, 7], [3, 1, 2, 1, 2, 3, 4],
    list(range(60, -51, -1)) + [60],                    # falls all the way, then one warm day
    rnd(30, 0, 4), rnd(2000),
    [20] * n,                                          # a long equal spell: no warmer day at all
    [20] * (n - 1) + [21],                             # ... until the very last day
    rnd(n),
    [60 - (i * 110) // n for i in range(n)],            # slow cooling with long equal runs
    [(i % 111) - 50 for i in range(n)],                # saw-tooth warming
    [random.choice((10, 11)) for _ in range(n)],
]
for k, a in enumerate(cases, 1):
    write('secret', f'{k:02d}', a)
