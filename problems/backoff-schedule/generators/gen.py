#!/usr/bin/env python3
"""Seeded test generator for backoff-schedule."""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(10)


def solve(base, factor, cap, retries):
    return [min(base * factor ** i, cap) for i in range(retries)]


def write(folder, name, *params):
    d = os.path.join(HERE, '..', 'data', folder)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(''.join(json.dumps(p) + '\n' for p in params))
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(*params), separators=(',', ':')) + '\n')


write('sample', '01', 100, 2, 1000, 6)
write('sample', '02', 250, 1, 200, 3)

write('secret', '01-zero-retries', 100, 2, 1000, 0)
write('secret', '02-one-retry', 7, 3, 10**12, 1)
write('secret', '03-factor-one', 500, 1, 10**12, 10)
write('secret', '04-base-equals-cap', 1000, 2, 1000, 5)
write('secret', '05-exact-hit-cap', 125, 2, 1000, 6)
write('secret', '06-just-below-cap', 1, 10, 999999999999, 14)
write('secret', '07-max-base-max-cap', 10**12, 1000, 10**12, 5)
write('secret', '08-overflow-64bit', 1, 2, 10**12, 100)
write('secret', '09-overflow-big-factor', 999999, 1000, 10**12, 50)
write('secret', '10-large-retries', 3, 2, 10**12, 10**4)
write('secret', '11-large-retries-factor-1000', 10**12, 1000, 10**12, 10**4)
write('secret', '12-tiny', 1, 1, 1, 3)
for i in range(13, 18):
    write('secret', '%02d-random' % i, rng.randint(1, 10**6), rng.randint(1, 12), rng.randint(1, 10**12), rng.randint(1, 80))
