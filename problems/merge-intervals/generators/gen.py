#!/usr/bin/env python3
"""Seeded generator for merge-intervals: nested, touching and disjoint intervals; reference sweep."""
import json, os, random

random.seed(1212)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def solve(iv):
    out = []
    for s, e in sorted(iv):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out


def write(group, name, iv):
    d = os.path.join(ROOT, 'data', group)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(iv, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(iv), separators=(',', ':')) + '\n')


def rnd(n, span, maxlen):
    out = []
    for _ in range(n):
        s = random.randint(0, span)
        out.append([s, min(10**9, s + random.randint(0, maxlen))])
    return out


write('sample', '01', [[8, 10], [1, 3], [2, 6], [15, 18]])
write('sample', '02', [[1, 4], [4, 6], [2, 3]])
fixed = [[[5, 5]], [[0, 0], [0, 0]], [[1, 2], [3, 4]], [[3, 4], [1, 2]], [[1, 10], [2, 3], [4, 5]], [[1, 3], [3, 3]],
         [[0, 10**9], [5, 7]], [[1, 4], [0, 0]], [[2, 3], [4, 5], [6, 7], [1, 10]], [[1, 5], [2, 3], [4, 8]]]
k = 0
for iv in fixed:
    k += 1
    write('secret', f'{k:02d}', iv)
chain = [[i, i + 1] for i in range(10000)]
random.shuffle(chain)
nested = [[i, 20000 - i] for i in range(10000)]
random.shuffle(nested)
for iv in [rnd(20, 100, 10), rnd(1000, 10**5, 100), rnd(10000, 10**9, 10**5), rnd(10000, 10**9, 10**3), chain, nested,
           [[2 * i, 2 * i] for i in range(10000)], rnd(10000, 10**6, 300)]:
    k += 1
    write('secret', f'{k:02d}', iv)
