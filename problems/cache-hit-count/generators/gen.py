#!/usr/bin/env python3
"""Seeded test generator for cache-hit-count."""
import json, os, random
from collections import OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(16)


def solve(cap, acc):
    c, hits = OrderedDict(), 0
    for k in acc:
        if k in c:
            hits += 1; c.move_to_end(k)
        else:
            if len(c) >= cap:
                c.popitem(last=False)
            c[k] = True
    return hits


def write(folder, name, cap, acc):
    d = os.path.join(HERE, '..', 'data', folder)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(cap) + '\n' + json.dumps(acc, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(cap, acc)) + '\n')


def zipf_trace(n, universe, skew):
    weights = [1 / (i + 1) ** skew for i in range(universe)]
    ids = rng.sample(range(10**5 + 1), universe)
    return rng.choices(ids, weights, k=n)


write('sample', '01', 2, [1, 2, 1, 3, 2, 1])
write('sample', '02', 3, [5, 5, 5, 6, 5])

write('secret', '01-empty-trace', 5, [])
write('secret', '02-capacity-one', 1, [1, 1, 2, 2, 1, 1, 1, 2])
write('secret', '03-all-same', 1, [7] * 100)
write('secret', '04-cyclic-thrash', 3, [1, 2, 3, 4] * 25)
write('secret', '05-cyclic-fits', 4, [1, 2, 3, 4] * 25)
write('secret', '06-hit-refreshes', 2, [1, 2, 1, 3, 1, 4, 1, 5, 1])
write('secret', '07-zero-and-max-ids', 2, [0, 100000, 0, 100000, 50000, 0])
write('secret', '08-huge-capacity', 100000, [rng.randint(0, 50) for _ in range(500)])
for i in range(9, 14):
    write('secret', '%02d-random-small' % i, rng.randint(1, 5), [rng.randint(0, 8) for _ in range(rng.randint(5, 60))])
write('secret', '14-zipf-medium', 100, zipf_trace(20000, 2000, 1.0))
write('secret', '15-large-zipf', 5000, zipf_trace(150000, 60000, 0.9))
write('secret', '16-large-capacity-churn', 50000, zipf_trace(150000, 100000, 0.3))
write('secret', '17-large-scan', 30000, list(range(1, 40001)) + list(range(1, 40001)) + list(range(40000, 0, -1)))
