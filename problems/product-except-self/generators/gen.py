#!/usr/bin/env python3
"""Seeded generator for product-except-self: mostly +-1 with a bounded budget of larger factors."""
import json, os, random

random.seed(9090)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIMIT = 2 ** 53


def solve(a):
    n = len(a)
    out = [1] * n
    p = 1
    for i in range(n):
        out[i] = p
        p *= a[i]
    p = 1
    for i in range(n - 1, -1, -1):
        out[i] *= p
        p *= a[i]
    return out


def write(group, name, a):
    prod = 1
    for x in a:
        if x:
            prod *= x
    assert abs(prod) <= LIMIT
    d = os.path.join(ROOT, 'data', group)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(a, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(a), separators=(',', ':')) + '\n')


def make(n, zeros=0, big=True):
    a = [random.choice((1, -1)) for _ in range(n)]
    budget = 1
    while big:
        x = random.randint(2, 30)
        if budget * x > LIMIT:
            break
        budget *= x
        a[random.randrange(n)] = x * random.choice((1, -1))
    for _ in range(zeros):
        a[random.randrange(n)] = 0
    return a


write('sample', '01', [2, 3, -1, 5])
write('sample', '02', [4, 0, 7, 0])
fixed = [[1, 1], [0, 5], [5, 0], [0, 0], [-30, 30], [2, 3, 4], [1, 0, 3, 4], [-1, -1, -1], [30] * 10,
         [0, -2, 0, 3, 0], [29, 23, 19, 17, 13, 11, 7, 5, 3, 2]]
k = 0
for a in fixed:
    k += 1
    write('secret', f'{k:02d}', a)
for n, zeros in [(20, 0), (1000, 0), (1000, 1), (30000, 0), (100000, 1), (100000, 2), (10000, 0)]:
    k += 1
    write('secret', f'{k:02d}', make(n, zeros))
