#!/usr/bin/env python3
"""Seeded test generator for ttl-lru-cache. The reference is the accepted Python solution."""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
ns = {}
exec(open(os.path.join(HERE, '..', 'submissions', 'accepted', 'cache.py')).read(), ns)
rng = random.Random(404)


def solve(ops, args):
    obj, out = ns['TtlLruCache'](*args[0]), [None]
    for op, a in zip(ops[1:], args[1:]):
        out.append(getattr(obj, op)(*a))
    return out


def write(folder, name, ops, args):
    d = os.path.join(HERE, '..', 'data', folder)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(ops, separators=(',', ':')) + '\n' + json.dumps(args, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(ops, args), separators=(',', ':')) + '\n')


def seq(cap, calls):
    return ['TtlLruCache'] + [c[0] for c in calls], [[cap]] + [list(c[1:]) for c in calls]


def rand_case(cap, n, keys, ttl_lo, ttl_hi, gap, p_put, p_get):
    ops, args, t = ['TtlLruCache'], [[cap]], 0
    for _ in range(n):
        if rng.random() < 0.5:
            t += rng.randint(0, gap)
        r = rng.random()
        if r < p_put:
            ops.append('put'); args.append([rng.randint(0, keys), rng.randint(0, 999), rng.randint(ttl_lo, ttl_hi), t])
        elif r < p_put + p_get:
            ops.append('get'); args.append([rng.randint(0, keys), t])
        else:
            ops.append('size'); args.append([t])
    return ops, args


write('sample', '01', *seq(2, [('put', 1, 10, 100, 0), ('put', 2, 20, 50, 10), ('get', 1, 20), ('put', 3, 30, 100, 30),
                               ('get', 2, 30), ('get', 1, 99), ('get', 1, 100), ('size', 100)]))
write('sample', '02', *seq(2, [('put', 1, 1, 10, 0), ('put', 2, 2, 1000, 0), ('put', 3, 3, 1000, 10), ('get', 2, 10), ('get', 3, 10), ('size', 10)]))

write('secret', '01-capacity-one', *seq(1, [('put', 5, 1, 10, 0), ('put', 6, 2, 10, 1), ('get', 5, 1), ('get', 6, 1), ('put', 6, 3, 1, 2), ('get', 6, 2), ('get', 6, 3), ('size', 3)]))
write('secret', '02-update-no-evict', *seq(2, [('put', 1, 1, 100, 0), ('put', 2, 2, 100, 0), ('put', 1, 9, 5, 1), ('size', 1), ('get', 2, 2), ('get', 1, 5), ('get', 1, 6), ('size', 6)]))
write('secret', '03-get-miss-keeps-order', *seq(2, [('put', 1, 1, 100, 0), ('put', 2, 2, 100, 0), ('get', 7, 1), ('put', 3, 3, 100, 2), ('get', 1, 2), ('get', 2, 2)]))
write('secret', '04-get-does-not-extend', *seq(3, [('put', 1, 1, 10, 0), ('get', 1, 9), ('get', 1, 10), ('size', 10), ('put', 1, 2, 10, 10), ('get', 1, 19)]))
write('secret', '05-expired-frees-room', *seq(3, [('put', 1, 1, 5, 0), ('put', 2, 2, 100, 0), ('put', 3, 3, 100, 0), ('get', 1, 1), ('put', 4, 4, 100, 5), ('get', 2, 5), ('get', 3, 5), ('get', 4, 5), ('size', 5)]))
write('secret', '06-reinsert-expired-key', *seq(2, [('put', 1, 1, 5, 0), ('put', 2, 2, 100, 1), ('put', 1, 7, 100, 6), ('size', 6), ('put', 3, 3, 100, 7), ('get', 2, 7), ('get', 1, 7), ('get', 3, 7)]))
write('secret', '07-same-time', *seq(2, [('put', 1, 1, 1, 0), ('put', 2, 2, 1, 0), ('put', 3, 3, 1, 0), ('get', 1, 0), ('get', 2, 0), ('get', 3, 0), ('size', 0), ('size', 1)]))
for i in range(8, 14):
    write('secret', '%02d-random-small' % i, *rand_case(rng.randint(1, 5), rng.randint(10, 80), rng.randint(2, 10), 1, 30, 5, 0.5, 0.35))
write('secret', '14-random-medium', *rand_case(100, 4000, 300, 1, 2000, 10, 0.5, 0.4))
write('secret', '15-large-no-expiry', *rand_case(12000, 20000, 10**6, 10**8, 10**9, 3, 0.7, 0.25))
write('secret', '16-large-churn', *rand_case(3000, 12000, 8000, 1, 3000, 2, 0.5, 0.4))
