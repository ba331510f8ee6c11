#!/usr/bin/env python3
"""Seeded generator for all-subsets: answers enumerated with bit masks (compared order-free)."""
import json, os, random

random.seed(1414)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def solve(a):
    return [[a[i] for i in range(len(a)) if mask >> i & 1] for mask in range(1 << len(a))]


def write(group, name, a):
    d = os.path.join(ROOT, 'data', group)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(a) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(a), separators=(',', ':')) + '\n')


write('sample', '01', [4, 7, 2])
write('sample', '02', [-3])
fixed = [[0], [100], [1, 2], [-100, 100], [0, 1, 2], [5, -5, 0, 3]]
k = 0
for a in fixed:
    k += 1
    write('secret', f'{k:02d}', a)
for n in [5, 6, 7, 8, 9, 10, 11, 12, 13, 14]:
    k += 1
    write('secret', f'{k:02d}', random.sample(range(-100, 101), n))
