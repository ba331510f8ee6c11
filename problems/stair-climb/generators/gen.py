#!/usr/bin/env python3
"""Generator for stair-climb: one n per test, answer by bottom-up counting."""
import json, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def solve(n):
    a, b = 1, 1          # ways to reach step 0 and step 1
    for _ in range(n - 1):
        a, b = b, a + b
    return b


def write(group, name, n):
    d = os.path.join(ROOT, 'data', group)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(n) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(n)) + '\n')


write('sample', '01', 3)
write('sample', '02', 5)
for k, n in enumerate([1, 2, 4, 10, 20, 30, 44, 45, 46, 50, 60, 64, 70, 72, 74, 75], 1):
    write('secret', f'{k:02d}', n)
assert solve(75) < 2**53
