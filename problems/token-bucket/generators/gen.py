#!/usr/bin/env python3
"""Seeded test generator for token-bucket. Reference model in exact rational arithmetic."""
import json, os, random
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(3)


def solve(ops, args):
    out, level, cap, rate, last = [], None, 0, 0, None
    for op, a in zip(ops, args):
        if op == 'TokenBucket':
            cap, rate = a
            level = Fraction(cap); out.append(None)
        else:
            t, cost = a
            if last is not None:
                level = min(Fraction(cap), level + Fraction(rate * (t - last), 1000))
            last = t
            if level >= cost:
                level -= cost; out.append(True)
            else:
                out.append(False)
    return out


def write(folder, name, ops, args):
    d = os.path.join(HERE, '..', 'data', folder)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(ops, separators=(',', ':')) + '\n' + json.dumps(args, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(ops, args), separators=(',', ':')) + '\n')


def rand_case(cap, rate, n, start, max_gap, max_cost):
    ops, args, t = ['TokenBucket'], [[cap, rate]], start
    for _ in range(n):
        t += rng.randint(0, max_gap) if rng.random() < 0.7 else 0
        ops.append('allow'); args.append([t, rng.randint(1, max_cost)])
    return ops, args


def calls(cap, rate, pairs):
    return ['TokenBucket'] + ['allow'] * len(pairs), [[cap, rate]] + [list(p) for p in pairs]


write('sample', '01', *calls(3, 2, [(1000, 2), (1000, 1), (1000, 1), (1250, 1), (1500, 1), (2500, 3)]))
write('sample', '02', *calls(5, 1, [(0, 5), (100000, 6), (100000, 5), (100999, 1)]))

write('secret', '01-single-call', *calls(1, 0, [(0, 1)]))
write('secret', '02-no-refill', *calls(4, 0, [(0, 1), (10**12 // 2, 2), (10**12 - 1, 1), (10**12, 1)]))
write('secret', '03-cost-above-capacity', *calls(10, 1000, [(0, 11), (5, 10), (10**9, 11), (10**9 + 1, 10)]))
# Fractional progress must accumulate across calls: 3 tokens/s, requests every 100 ms.
write('secret', '04-fractional-accrual', *calls(1, 3, [(0, 1)] + [(100 * i, 1) for i in range(1, 31)]))
# Rejected calls in between must not lose the partial refill.
write('secret', '05-rejections-keep-progress', *calls(2, 1, [(0, 2)] + [(t, 1) for t in range(1, 2001, 37)] + [(3000, 1)]))
write('secret', '06-burst-same-timestamp', *calls(100, 10, [(7, 1)] * 120))
write('secret', '07-max-values', *calls(10**6, 1000, [(0, 10**6), (10**12, 10**6), (10**12, 1), (10**12 + 0, 1)]))
write('secret', '08-cap-after-long-idle', *calls(3, 1000, [(0, 3), (10**12, 2), (10**12, 2), (10**12 + 1000, 2)]))
write('secret', '09-exact-boundary', *calls(1, 7, [(0, 1), (142, 1), (143, 1), (285, 1), (286, 1), (428, 1), (429, 1)]))
for i in range(10, 15):
    write('secret', '%02d-random-small' % i, *rand_case(rng.randint(1, 10), rng.randint(0, 20), rng.randint(20, 80), rng.randint(0, 10**6), 400, 5))
write('secret', '15-random-busy-api', *rand_case(50, 20, 5000, 10**11, 120, 3))
write('secret', '16-large-expensive', *rand_case(1000, 1000, 40000, 10**9, 50, 200))
write('secret', '17-large-sparse', *rand_case(10**6, 997, 30000, 0, 20000000, 10**6))
