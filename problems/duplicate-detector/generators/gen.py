#!/usr/bin/env python3
"""Seeded generator for duplicate-detector: distinct batches and batches with one late repeat."""
import json, os, random

random.seed(1001)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def write(group, name, a):
    d = os.path.join(ROOT, 'data', group)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(a, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(len(set(a)) != len(a)) + '\n')


def distinct(n, lo=-10**9, hi=10**9):
    return random.sample(range(lo, hi + 1), n)


write('sample', '01', [31, 7, 12, 7])
write('sample', '02', [5, -5, 0])
k = 0
for a in [[1], [1, 1], [1, 2], [-10**9, 10**9], [10**9, 10**9], [0, 0, 0], [3, 1, 2, 3], [1, 2, 3, 1], [2, 1, 2]]:
    k += 1
    write('secret', f'{k:02d}', a)
n = 100000
a = distinct(n)
b = a[:-1] + [a[0]]                      # the repeat is as far apart as possible
c = distinct(n, -10**6, 10**6)
c2 = c[:]
c2[70000] = c2[20000]                    # equal values not adjacent after input order
for arr in [distinct(1000), b, c2, distinct(n, 0, n - 1), [7] * 1000, distinct(5000, -10, 10**4)]:
    k += 1
    write('secret', f'{k:02d}', arr)
