#!/usr/bin/env python3
"""Seeded test generator for keyset-page."""
import bisect, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(26)


def solve(ids, after, limit):
    i = bisect.bisect_right(ids, after)
    return ids[i:i + limit]


def write(folder, name, ids, after, limit):
    d = os.path.join(HERE, '..', 'data', folder)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(ids, separators=(',', ':')) + '\n' + json.dumps(after) + '\n' + json.dumps(limit) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(ids, after, limit), separators=(',', ':')) + '\n')


def ids(n, lo, hi):
    return sorted(rng.sample(range(lo, hi), n))


write('sample', '01', [3, 8, 15, 16, 23, 42], 8, 3)
write('sample', '02', [3, 8, 15, 16, 23, 42], 20, 10)

write('secret', '01-empty-table', [], 0, 10)
write('secret', '02-first-page', [5, 6, 7], 0, 2)
write('secret', '03-after-last', [5, 6, 7], 7, 5)
write('secret', '04-after-beyond-last', [5, 6, 7], 10**15, 5)
write('secret', '05-after-before-first', [5, 6, 7], 4, 1)
write('secret', '06-limit-one', [1, 2, 3], 1, 1)
write('secret', '07-exact-fit', [1, 2, 3, 4], 1, 3)
write('secret', '08-deleted-anchor', [10, 20, 30, 40], 25, 2)
write('secret', '09-max-ids', [10**15 - 2, 10**15 - 1, 10**15], 10**15 - 2, 1000)
for i in range(10, 14):
    xs = ids(rng.randint(1, 30), 1, 100)
    write('secret', '%02d-random-small' % i, xs, rng.randint(0, 100), rng.randint(1, 10))
big = ids(40000, 1, 10**15)
write('secret', '14-large-middle', big, big[20000], 1000)
write('secret', '15-large-deleted-anchor', big, big[39000] + 1, 1000)
write('secret', '16-large-first-page', big, 0, 1000)
write('secret', '17-large-last-page', big, big[-3], 1000)
