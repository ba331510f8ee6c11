#!/usr/bin/env python3
"""Seeded generator for top-k-frequent: frequency profiles with a strict cut after the k-th value."""
import json, os, random
from collections import Counter

random.seed(4242)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def solve(nums, k):
    ranked = Counter(nums).most_common()
    if k < len(ranked):
        assert ranked[k - 1][1] > ranked[k][1], 'answer not unique'
    return [v for v, _ in ranked[:k]]


def write(group, name, nums, k):
    d = os.path.join(ROOT, 'data', group)
    ans = solve(nums, k)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(nums, separators=(',', ':')) + '\n' + json.dumps(k) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(ans) + '\n')


def make(distinct, k, total, lo=-10**4, hi=10**4):
    """`distinct` values; the top k get counts strictly above every other count."""
    values = random.sample(range(lo, hi + 1), distinct)
    rest = distinct - k
    low_max = max(1, (total // (2 * distinct)))
    counts = [random.randint(low_max + 1, low_max * 3 + 1) for _ in range(k)] + \
             [random.randint(1, low_max) for _ in range(rest)]
    nums = [v for v, c in zip(values, counts) for _ in range(c)]
    random.shuffle(nums)
    return nums, k


write('sample', '01', [503, 404, 503, 500, 404, 503], 2)
write('sample', '02', [-1], 1)
fixed = [([7, 7, 7], 1), ([1, 2], 2), ([1, 1, 2], 1), ([3, 3, 1, 1, 2], 2), ([5, -5, 5, -5, 5, 0], 1),
         ([10**4, -10**4, 10**4], 1), ([4, 4, 4, 2, 2, 9], 3), ([0, 1, 1, 2, 2, 2, 3, 3, 3, 3], 4)]
k = 0
for nums, kk in fixed:
    k += 1
    write('secret', f'{k:02d}', nums, kk)
for distinct, kk, total in [(10, 3, 50), (100, 10, 1000), (1000, 1, 10000), (5000, 100, 60000),
                            (20001, 20001, 20001), (20001, 5000, 90000), (20, 19, 90000), (15000, 7000, 90000)]:
    k += 1
    write('secret', f'{k:02d}', *make(distinct, kk, total))
