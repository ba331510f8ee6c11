#!/usr/bin/env python3
"""Seeded test generator for outbox-relay-order. The reference is the accepted Python solution."""
import json, os, random
from typing import List

HERE = os.path.dirname(os.path.abspath(__file__))
ns = {'List': List}
exec(open(os.path.join(HERE, '..', 'submissions', 'accepted', 'relay.py')).read(), ns)
solve = ns['Solution']().relayOutbox
rng = random.Random(2020)


def write(folder, name, aggs, fails, batch, cap):
    d = os.path.join(HERE, '..', 'data', folder)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(''.join(json.dumps(a, separators=(',', ':')) + '\n' for a in (aggs, fails, batch, cap)))
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(aggs, fails, batch, cap), separators=(',', ':')) + '\n')


def rand_case(n, n_aggs, p_fail, max_fail, batch, cap):
    names = ['o%d' % i for i in range(n_aggs)]
    aggs = [rng.choice(names) for _ in range(n)]
    fails = [rng.randint(1, max_fail) if rng.random() < p_fail else 0 for _ in range(n)]
    return aggs, fails, batch, cap


write('sample', '01', ['order-1', 'order-2', 'order-1', 'order-2'], [0, 2, 0, 0], 10, 8)
write('sample', '02', ['a', 'b', 'c', 'a'], [0, 0, 0, 0], 2, 1)

write('secret', '01-empty', [], [], 5, 5)
write('secret', '02-single-row', ['x'], [0], 1, 1)
write('secret', '03-single-row-retries', ['x'], [5], 1, 1000)
write('secret', '04-backoff-cap', ['x', 'x'], [5, 0], 1, 3)
write('secret', '05-one-aggregate-order', ['x'] * 5, [0, 1, 0, 2, 0], 100, 100)
write('secret', '06-batch-one', ['a', 'b', 'a', 'b', 'c'], [1, 0, 0, 0, 0], 1, 2)
write('secret', '07-blocked-does-not-block-others', ['a', 'a', 'b', 'b', 'c'], [3, 0, 0, 0, 0], 5, 10)
write('secret', '08-idle-jump', ['a', 'a'], [4, 4], 3, 1000)
for i in range(9, 14):
    write('secret', '%02d-random-small' % i, *rand_case(rng.randint(3, 25), rng.randint(1, 5), 0.3, 3, rng.randint(1, 4), rng.randint(1, 10)))
write('secret', '14-random-medium', *rand_case(2000, 100, 0.2, 4, 20, 16))
write('secret', '15-large-many-aggregates', *rand_case(30000, 15000, 0.1, 5, 2, 64))
write('secret', '16-large-few-aggregates', *rand_case(30000, 20, 0.2, 5, 8, 32))
