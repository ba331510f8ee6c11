#!/usr/bin/env python3
"""Seeded test generator for inflight-dedupe. The reference is the accepted Python solution."""
import json, os, random
from typing import List

HERE = os.path.dirname(os.path.abspath(__file__))
ns = {'List': List}
exec(open(os.path.join(HERE, '..', 'submissions', 'accepted', 'dedupe.py')).read(), ns)
solve = ns['Solution']().dedupe
rng = random.Random(1414)


def write(folder, name, keys, arrivals, durations):
    d = os.path.join(HERE, '..', 'data', folder)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(''.join(json.dumps(a, separators=(',', ':')) + '\n' for a in (keys, arrivals, durations)))
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(keys, arrivals, durations), separators=(',', ':')) + '\n')


def rand_case(n, keys, gap, dur_lo, dur_hi, start=0):
    t, ks, ts, ds = start, [], [], []
    for _ in range(n):
        if rng.random() < 0.6:
            t += rng.randint(0, gap)
        ks.append(rng.choice(keys)); ts.append(t); ds.append(rng.randint(dur_lo, dur_hi))
    return ks, ts, ds


write('sample', '01', ['GET /user/7', 'GET /user/7', 'GET /user/9', 'GET /user/7', 'GET /user/7'], [0, 30, 40, 99, 100], [100, 5, 50, 100, 20])
write('sample', '02', ['a', 'a', 'a', 'a'], [0, 10, 20, 25], [10, 10, 10, 10])

write('secret', '01-empty', [], [], [])
write('secret', '02-single', ['k'], [10**15], [10**9])
write('secret', '03-same-instant', ['k'] * 5 + ['j'] * 2, [7] * 7, [1, 9, 9, 9, 9, 1, 1])
write('secret', '04-exact-completion', ['k'] * 4, [0, 4, 5, 9], [5, 100, 4, 1])
write('secret', '05-joiner-duration-ignored', ['k'] * 4, [0, 1, 2, 3], [3, 1000, 1000, 1000])
write('secret', '06-case-sensitive', ['Key', 'key', 'KEY', 'Key'], [0, 1, 2, 3], [10, 10, 10, 10])
write('secret', '07-duration-one', ['k'] * 6, [0, 0, 1, 1, 2, 3], [1] * 6)
write('secret', '08-huge-values', ['a', 'a', 'a'], [10**15 - 10**9, 10**15 - 1, 10**15], [10**9, 1, 1])
for i in range(9, 14):
    write('secret', '%02d-random-small' % i, *rand_case(rng.randint(5, 40), ['k%d' % j for j in range(rng.randint(1, 4))], 5, 1, 15))
write('secret', '14-random-medium', *rand_case(3000, ['GET /items/%d' % j for j in range(100)], 3, 1, 60))
write('secret', '15-large-hot-key', *rand_case(30000, ['GET /config'], 2, 1, 30))
write('secret', '16-large-many-keys', *rand_case(20000, ['k%d' % j for j in range(5000)], 2, 1, 500))
