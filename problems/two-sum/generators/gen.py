#!/usr/bin/env python3
"""Seeded generator for two-sum: writes data/sample and data/secret (.in and reference .ans)."""
import json, os, random

random.seed(20261123)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def solve(nums, target):
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
    raise ValueError('no pair')


def check_unique(nums, target):
    cnt = {}
    pairs = 0
    for x in nums:
        pairs += cnt.get(target - x, 0)
        cnt[x] = cnt.get(x, 0) + 1
    assert pairs == 1, (pairs, nums[:10])


def write(group, name, nums, target):
    check_unique(nums, target)
    d = os.path.join(ROOT, 'data', group)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(nums, separators=(',', ':')) + '\n' + json.dumps(target) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(nums, target)) + '\n')


def make(n, lo, hi, target=None, where=None):
    """n values in [lo, hi] with exactly one pair summing to target."""
    if target is None:
        target = random.randint(max(-10**9, 2 * lo), min(10**9, 2 * hi))
    filler, fset = [], set()
    while len(filler) < n - 2:
        v = random.randint(lo, hi)
        if target - v in fset or 2 * v == target:
            continue
        filler.append(v)
        fset.add(v)
    while True:
        a = random.randint(max(lo, target - hi), min(hi, target - lo))
        b = target - a
        if a not in fset and b not in fset:
            break
    if where == 'end':
        nums = filler + [a, b]
    elif where == 'ends':
        nums = [a] + filler + [b]
    else:
        nums = filler[:]
        i = random.randint(0, len(nums))
        nums.insert(i, a)
        j = random.randint(0, len(nums))
        nums.insert(j, b)
    return nums, target


write('sample', '01', [8, 3, 11, 5], 16)
write('sample', '02', [4, 4, -2], 8)

tests = [
    ([1, 2], 3),
    ([-5, -7], -12),
    ([3, 2, 4], 6),            # the middle value doubled is the target: must not pair with itself
    ([0, 4, 3, 0], 0),
    ([10**9, -10**9, 5], 0),
    ([10**9, 1, 10**9 - 1, 7], 10**9),
    ([5, 1, 5], 10),
    ([-3, 4, 3, 90], 0),
    ([2, 7, 12, 15, -8, 6], 13),
]
for k, (nums, t) in enumerate(tests, 1):
    write('secret', f'{k:02d}', nums, t)
k = len(tests)
for n, lo, hi, where in [(10, -20, 20, None), (100, -1000, 1000, None), (1000, -10**9, 10**9, None),
                          (5000, 0, 10**6, 'ends'), (100000, -10**9, 10**9, 'end'),
                          (50000, -10**9, 10**9, None), (100000, 0, 300000, 'end')]:
    k += 1
    write('secret', f'{k:02d}', *make(n, lo, hi, where=where))
