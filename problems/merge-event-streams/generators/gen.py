#!/usr/bin/env python3
"""Seeded test generator for merge-event-streams."""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(9)


def solve(streams):
    return sorted(x for s in streams for x in s)


def write(folder, name, streams):
    d = os.path.join(HERE, '..', 'data', folder)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(streams, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(streams), separators=(',', ':')) + '\n')


def rand_streams(k, total, lo, hi, empty_p=0.0, dup_p=0.0):
    lens = [0] * k
    live = [i for i in range(k) if rng.random() >= empty_p] or [0]
    for _ in range(total):
        lens[rng.choice(live)] += 1
    out = []
    for n in lens:
        s = []
        for _ in range(n):
            s.append(s[-1] if s and rng.random() < dup_p else rng.randint(lo, hi))
        out.append(sorted(s))
    return out


write('sample', '01', [[1000, 1005, 1010], [1001, 1005], [999]])
write('sample', '02', [[], [42], []])

write('secret', '01-no-streams', [])
write('secret', '02-all-empty', [[], [], []])
write('secret', '03-single-stream', [[1, 2, 2, 3, 10**15]])
write('secret', '04-single-event', [[0]])
write('secret', '05-interleaved', [[1, 4, 7, 10], [2, 5, 8], [3, 6, 9, 12, 15]])
write('secret', '06-disjoint-ranges', [[50, 60, 70], [10, 20, 30], [80, 90]])
write('secret', '07-all-equal', [[7] * 5, [7] * 3, [7]])
write('secret', '08-max-values', [[10**15 - 1, 10**15], [0, 10**15], [10**15]])
for i in range(9, 14):
    write('secret', '%02d-random-small' % i, rand_streams(rng.randint(1, 6), rng.randint(0, 40), 0, 50, 0.2, 0.2))
write('secret', '14-random-medium', rand_streams(100, 5000, 1700000000000, 1700000100000, 0.3, 0.1))
write('secret', '15-large-many-streams', rand_streams(10000, 50000, 1700000000000, 1710000000000, 0.5))
write('secret', '16-large-few-streams', rand_streams(3, 25000, 0, 10**12))
write('secret', '17-large-one-long-many-short', [sorted(rng.randint(0, 10**6) for _ in range(40000))] + [[rng.randint(0, 10**6)] for _ in range(9999)])
