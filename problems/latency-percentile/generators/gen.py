#!/usr/bin/env python3
"""Seeded test generator for latency-percentile."""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(24)


def solve(xs, p):
    return sorted(xs)[(p * len(xs) + 99) // 100 - 1]


def write(folder, name, xs, p):
    d = os.path.join(HERE, '..', 'data', folder)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(xs, separators=(',', ':')) + '\n' + json.dumps(p) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(xs, p)) + '\n')


def lat(n):
    return [min(10**6, int(rng.lognormvariate(4, 1))) if rng.random() > 0.01 else rng.randint(10**5, 10**6) for _ in range(n)]


write('sample', '01', [120, 35, 80, 210, 95], 50)
write('sample', '02', [12, 9, 10, 9000, 11, 13, 10, 9, 12, 11], 90)

write('secret', '01-single-p1', [42], 1)
write('secret', '02-single-p100', [42], 100)
write('secret', '03-p100-is-max', [5, 1, 9, 3], 100)
write('secret', '04-p1-is-min', [5, 1, 9, 3], 1)
write('secret', '05-exact-rank-boundary', list(range(1, 101)), 29)
write('secret', '06-rank-rounds-up', [10, 20, 30], 34)
write('secret', '07-p91-sees-outlier', [12, 9, 10, 9000, 11, 13, 10, 9, 12, 11], 91)
write('secret', '08-all-equal', [7] * 1000, 57)
write('secret', '09-zeros-and-max', [0, 10**6, 0, 10**6], 50)
write('secret', '10-multi-digit-order', [100, 9, 25, 1000, 3], 60)
for i in range(11, 16):
    write('secret', '%02d-random-small' % i, lat(rng.randint(1, 40)), rng.randint(1, 100))
write('secret', '16-large-p99', lat(100000), 99)
write('secret', '17-large-p50', lat(100000), 50)
write('secret', '18-large-p999-like', lat(99999), 100)
