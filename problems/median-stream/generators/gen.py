#!/usr/bin/env python3
"""Seeded generator for median-stream: interleaved adds and queries; reference with bisect.insort."""
import bisect, json, os, random

random.seed(5050)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def solve(ops, args):
    vals, out = [], []
    for op, a in zip(ops, args):
        if op == 'addNum':
            bisect.insort(vals, a[0])
            out.append(None)
        elif op == 'findMedian':
            n = len(vals)
            out.append(float(vals[n // 2]) if n % 2 else (vals[n // 2 - 1] + vals[n // 2]) / 2)
        else:
            out.append(None)
    return out


def write(group, name, ops, args):
    d = os.path.join(ROOT, 'data', group)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(ops, separators=(',', ':')) + '\n' + json.dumps(args, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(ops, args), separators=(',', ':')) + '\n')


def scenario(n, values, p_query=0.5):
    ops, args, added = ['MedianFinder'], [[]], 0
    it = iter(values)
    for _ in range(n):
        if added and random.random() < p_query:
            ops.append('findMedian'); args.append([])
        else:
            ops.append('addNum'); args.append([next(it)]); added += 1
    return ops, args


def rnd(lo, hi):
    while True:
        yield random.randint(lo, hi)


write('sample', '01', ["MedianFinder", "addNum", "findMedian", "addNum", "findMedian", "addNum", "findMedian"],
      [[], [40], [], [10], [], [25], []])
write('sample', '02', ["MedianFinder", "addNum", "addNum", "addNum", "addNum", "findMedian"], [[], [-3], [8], [8], [1], []])
fixed = [
    (["MedianFinder", "addNum", "findMedian"], [[], [0], []]),
    (["MedianFinder", "addNum", "addNum", "findMedian"], [[], [-100000], [100000], []]),
    (["MedianFinder", "addNum", "addNum", "findMedian"], [[], [1], [2], []]),
    (["MedianFinder", "addNum", "addNum", "addNum", "findMedian", "findMedian"], [[], [5], [5], [5], [], []]),
    (["MedianFinder", "addNum", "addNum", "findMedian", "addNum", "findMedian"], [[], [-1], [-2], [], [-3], []]),
    (["MedianFinder", "addNum", "addNum", "addNum", "addNum", "findMedian"], [[], [100000], [99999], [-100000], [-99999], []]),
]
k = 0
for ops, args in fixed:
    k += 1
    write('secret', f'{k:02d}', ops, args)
for n, gen, p in [(50, rnd(-10, 10), 0.5), (1000, rnd(-10**5, 10**5), 0.5), (40000, rnd(-10**5, 10**5), 0.5),
                  (10000, iter(range(-5000, 10**5)), 0.5), (10000, iter(range(10**5, -10**5, -1)), 0.5),
                  (30000, rnd(-3, 3), 0.5), (20000, rnd(-10**5, 10**5), 0.1), (10000, rnd(0, 10**5), 0.6),
                  (10000, (x if i % 2 else -x for i, x in enumerate(range(10**5))), 0.5)]:
    k += 1
    write('secret', f'{k:02d}', *scenario(n, gen, p))
