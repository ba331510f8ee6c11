#!/usr/bin/env python3
"""Seeded generator for merge-sorted-lists: writes data/sample and data/secret with reference answers."""
import json, os, random

random.seed(4711)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def solve(a, b):
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i]); i += 1
        else:
            out.append(b[j]); j += 1
    return out + a[i:] + b[j:]


def write(group, name, a, b):
    d = os.path.join(ROOT, 'data', group)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(a) + '\n' + json.dumps(b) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(a, b)) + '\n')


def rnd(n, lo=-10**5, hi=10**5):
    return sorted(random.randint(lo, hi) for _ in range(n))


write('sample', '01', [2, 5, 9], [1, 5, 6, 12])
write('sample', '02', [], [0, 3])
fixed = [
    ([], []),
    ([7], []),
    ([-1], [-1]),
    ([1, 2, 3], [4, 5, 6]),
    ([4, 5, 6], [1, 2, 3]),
    ([1, 1, 1], [1, 1]),
    ([-100000, 100000], [0]),
    ([1, 3, 5, 7, 9], [2]),
]
k = 0
for a, b in fixed:
    k += 1
    write('secret', f'{k:02d}', a, b)
for n, m, lo, hi in [(10, 10, -5, 5), (50, 3, -100, 100), (1, 200, -10**5, 10**5), (1000, 1000, -10, 10),
                     (5000, 5000, -10**5, 10**5), (5000, 0, -10**5, 10**5), (4999, 5000, 0, 0),
                     (5000, 5000, -10**5, 10**5)]:
    k += 1
    write('secret', f'{k:02d}', rnd(n, lo, hi), rnd(m, lo, hi))
