#!/usr/bin/env python3
"""Seeded generator for three-sum-zero: answers from a sorted two-pointer reference."""
import json, os, random

random.seed(333)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def solve(nums):
    a = sorted(nums)
    n, out = len(a), []
    for i in range(n - 2):
        if i and a[i] == a[i - 1]:
            continue
        lo, hi = i + 1, n - 1
        while lo < hi:
            s = a[i] + a[lo] + a[hi]
            if s < 0:
                lo += 1
            elif s > 0:
                hi -= 1
            else:
                out.append([a[i], a[lo], a[hi]])
                lo += 1
                while lo < hi and a[lo] == a[lo - 1]:
                    lo += 1
                hi -= 1
    return out


def write(group, name, nums):
    d = os.path.join(ROOT, 'data', group)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(nums, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(nums), separators=(',', ':')) + '\n')


write('sample', '01', [-3, 1, 2, -1, 0, 1, 4])
write('sample', '02', [0, 0, 0, 0])
fixed = [[1, 2, 3], [0, 0, 0], [0, 0, 1], [-1, 0, 1], [1, -1, 0, 0], [-2, 1, 1, 1, 1], [-4, 2, 2, -1, -1, 2],
         [100000, -50000, -50000, 0], [-100000, 100000, 0, 0, 0], [-1, 0, 1, 2, -1, -4], [3, -6, 3, 3, -6, 0, 6]]
k = 0
for a in fixed:
    k += 1
    write('secret', f'{k:02d}', a)
for n, lo, hi in [(30, -10, 10), (300, -100, 100), (3000, -10**5, 10**5), (3000, -50, 50), (3000, 0, 0),
                  (3000, 1, 10**5), (3000, -30000, 30000)]:
    k += 1
    write('secret', f'{k:02d}', [random.randint(lo, hi) for _ in range(n)])
