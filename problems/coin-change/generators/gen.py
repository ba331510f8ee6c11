#!/usr/bin/env python3
"""Seeded generator for coin-change: greedy-breaking denominations; reference bottom-up DP."""
import json, os, random

random.seed(4321)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def solve(coins, amount):
    INF = float('inf')
    best = [0] + [INF] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and best[a - c] + 1 < best[a]:
                best[a] = best[a - c] + 1
    return -1 if best[amount] == INF else best[amount]


def write(group, name, coins, amount):
    d = os.path.join(ROOT, 'data', group)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(coins) + '\n' + json.dumps(amount) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(coins, amount)) + '\n')


write('sample', '01', [1, 4, 6], 8)
write('sample', '02', [5, 10], 3)
fixed = [([1], 0), ([2], 1), ([1], 1), ([2147483647], 2), ([1, 2, 5], 11), ([2], 3), ([3, 7], 11), ([186, 419, 83, 408], 6249),
         ([1, 3, 4], 6), ([2147483647, 1], 100), ([7, 11, 13], 1)]
k = 0
for coins, amount in fixed:
    k += 1
    write('secret', f'{k:02d}', coins, amount)
for coins, amount in [([1, 5, 10, 25], 99999), ([9973, 9967], 100000), ([random.randint(1, 500) for _ in range(12)], 100000),
                      (random.sample(range(2, 10**4), 12), 99991), ([2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24], 99999),
                      ([3, 10**5 + 1, 2147483647], 100000), ([37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83], 100000)]:
    k += 1
    write('secret', f'{k:02d}', sorted(set(coins)), amount)
