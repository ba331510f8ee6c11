#!/usr/bin/env python3
"""Seeded test generator for min-servers."""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(21)


def solve(jobs):
    ev = sorted([(s, 1) for s, _ in jobs] + [(e, -1) for _, e in jobs])  # -1 sorts before +1 at equal times
    best = cur = 0
    for _, d in ev:
        cur += d
        best = max(best, cur)
    return best


def write(folder, name, jobs):
    d = os.path.join(HERE, '..', 'data', folder)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(jobs, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(jobs)) + '\n')


def rand_jobs(n, tmax, maxlen):
    out = []
    for _ in range(n):
        s = rng.randint(0, tmax - 1)
        out.append([s, min(tmax, s + rng.randint(1, maxlen))])
    return out


write('sample', '01', [[0, 30], [5, 10], [15, 20], [10, 15]])
write('sample', '02', [[1, 5], [5, 9], [9, 12]])

write('secret', '01-empty', [])
write('secret', '02-single', [[0, 1000000000]])
write('secret', '03-identical', [[3, 7]] * 6)
write('secret', '04-touching-chain', [[i, i + 1] for i in range(50)][::-1])
write('secret', '05-nested', [[0, 100], [10, 90], [20, 80], [30, 70], [95, 99]])
write('secret', '06-end-equals-start-many', [[0, 5], [0, 5], [5, 10], [5, 10], [5, 10]])
write('secret', '07-unit-jobs-same-time', [[7, 8]] * 3 + [[8, 9]] * 2)
for i in range(8, 13):
    write('secret', '%02d-random-small' % i, rand_jobs(rng.randint(1, 25), 50, 15))
write('secret', '13-random-medium', rand_jobs(5000, 100000, 500))
write('secret', '14-large-short-jobs', rand_jobs(50000, 10**6, 50))
write('secret', '15-large-long-jobs', rand_jobs(40000, 10**9, 10**8))
write('secret', '16-large-all-overlap', [[rng.randint(0, 1000), rng.randint(10**6, 10**9)] for _ in range(40000)])
