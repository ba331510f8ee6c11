#!/usr/bin/env python3
"""Seeded generator for range-sums (stdio): random arrays and queries, answers via prefix sums."""
import os, random

random.seed(8080)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def write(group, name, a, queries):
    d = os.path.join(ROOT, 'data', group)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(f'{len(a)} {len(queries)}\n' + ' '.join(map(str, a)) + '\n')
        f.write(''.join(f'{l} {r}\n' for l, r in queries))
    pre = [0]
    for x in a:
        pre.append(pre[-1] + x)
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(''.join(f'{pre[r] - pre[l - 1]}\n' for l, r in queries))


def rand_queries(n, q, wide=False):
    out = []
    for _ in range(q):
        if wide:
            l, r = random.randint(1, max(1, n // 10)), random.randint(n - n // 10, n)
        else:
            l, r = sorted((random.randint(1, n), random.randint(1, n)))
        out.append((l, r))
    return out


write('sample', '01', [4, -2, 7, 1, 10], [(1, 3), (2, 5), (4, 4)])
write('sample', '02', [10**9] * 3, [(1, 3), (2, 2)])
k = 0
fixed = [
    ([5], [(1, 1)]),
    ([-10**9], [(1, 1), (1, 1)]),
    ([10**9] * 5, [(1, 5), (1, 1), (5, 5), (2, 4)]),
    ([-10**9] * 7, [(1, 7), (3, 6)]),
    ([0, 0, 0], [(1, 3), (2, 3)]),
    ([1, -1] * 5, [(1, 10), (2, 10), (1, 9), (3, 3)]),
]
for a, qs in fixed:
    k += 1
    write('secret', f'{k:02d}', a, qs)
for n, q, lo, hi, wide in [(10, 10, -10, 10, False), (100, 100, -10**9, 10**9, False), (1000, 1000, 0, 10**9, False),
                           (5000, 5000, -10**9, 10**9, True), (5000, 5000, 10**9 - 10, 10**9, False),
                           (100000, 1, -10**3, 10**3, True), (1, 10000, -10**9, 10**9, False),
                           (60000, 20000, -10**9, 10**9, True), (100000, 30000, -10**6, 10**6, True)]:
    k += 1
    a = [random.randint(lo, hi) for _ in range(n)]
    write('secret', f'{k:02d}', a, rand_queries(n, q, wide))
