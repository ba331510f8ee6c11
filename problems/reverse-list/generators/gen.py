#!/usr/bin/env python3
"""Seeded generator for reverse-list: lists of many lengths, answer is the reversed list."""
import json, os, random

random.seed(404)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def write(group, name, a):
    d = os.path.join(ROOT, 'data', group)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(a) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(a[::-1]) + '\n')


write('sample', '01', [4, 8, 15, 16])
write('sample', '02', [])
k = 0
for a in [[1], [1, 2], [2, 1], [7, 7, 7], [-5000, 5000], [0, 1, 0, 1, 0], [3, 1, 4, 1, 5, 9, 2, 6]]:
    k += 1
    write('secret', f'{k:02d}', a)
for n in [10, 100, 999, 1000, 5000, 9999, 10000, 10000]:
    k += 1
    write('secret', f'{k:02d}', [random.randint(-5000, 5000) for _ in range(n)])
