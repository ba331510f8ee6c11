#!/usr/bin/env python3
"""Seeded test generator for lease-lock. The reference is the accepted Python solution."""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
ns = {}
exec(open(os.path.join(HERE, '..', 'submissions', 'accepted', 'lease.py')).read(), ns)
rng = random.Random(1717)


def solve(ops, args):
    obj, out = ns['LeaseLock'](*args[0]), [None]
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


def seq(lease, calls):
    return ['LeaseLock'] + [c[0] for c in calls], [[lease]] + [list(c[1:]) for c in calls]


def rand_case(lease, n, owners, gap):
    """Clients that remember the last token they got, as real lock clients do."""
    ops, args, t = ['LeaseLock'], [[lease]], 0
    obj = ns['LeaseLock'](lease)
    known = {o: 0 for o in owners}
    for _ in range(n):
        if rng.random() < 0.5:
            t += rng.randint(0, gap)
        o = rng.choice(owners)
        r = rng.random()
        if r < 0.35:
            call = ['acquire', o, t]
        elif r < 0.55:
            call = ['renew', o, known[o] if rng.random() < 0.85 else rng.randint(0, 5), t]
        elif r < 0.7:
            call = ['release', o, known[o], t]
        else:
            call = ['write', known[o] if rng.random() < 0.9 else rng.randint(0, 3)]
        res = getattr(obj, call[0])(*call[1:])
        if call[0] == 'acquire' and res > 0:
            known[o] = res
        ops.append(call[0]); args.append(call[1:])
    return ops, args


write('sample', '01', *seq(100, [('acquire', 'a', 0), ('acquire', 'b', 50), ('renew', 'a', 1, 90), ('acquire', 'b', 150),
                                 ('acquire', 'b', 190), ('write', 2), ('write', 1), ('release', 'a', 1, 195)]))
write('sample', '02', *seq(10, [('acquire', 'a', 0), ('acquire', 'a', 5), ('release', 'a', 1, 6), ('acquire', 'b', 6), ('renew', 'b', 2, 16), ('write', 2), ('write', 2)]))

write('secret', '01-write-before-any-lock', *seq(5, [('write', 0), ('write', 0), ('write', 3), ('write', 2)]))
write('secret', '02-expiry-boundary', *seq(10, [('acquire', 'a', 0), ('renew', 'a', 1, 9), ('acquire', 'b', 18), ('acquire', 'b', 19), ('renew', 'a', 1, 19)]))
write('secret', '03-same-owner-reacquire', *seq(10, [('acquire', 'a', 0), ('acquire', 'a', 9), ('acquire', 'b', 18), ('acquire', 'a', 19), ('acquire', 'a', 40)]))
write('secret', '04-wrong-token', *seq(100, [('acquire', 'a', 0), ('renew', 'a', 2, 1), ('release', 'a', 0, 2), ('release', 'b', 1, 3), ('release', 'a', 1, 4), ('release', 'a', 1, 5)]))
write('secret', '05-stale-holder-after-expiry', *seq(10, [('acquire', 'a', 0), ('acquire', 'b', 10), ('renew', 'a', 1, 11), ('release', 'a', 1, 12), ('write', 2), ('write', 1), ('renew', 'b', 2, 15)]))
write('secret', '06-release-then-acquire', *seq(1000, [('acquire', 'a', 0), ('release', 'a', 1, 1), ('release', 'a', 1, 2), ('acquire', 'a', 2), ('renew', 'a', 1, 3), ('renew', 'a', 2, 3)]))
write('secret', '07-lease-one', *seq(1, [('acquire', 'a', 0), ('acquire', 'b', 0), ('acquire', 'b', 1), ('renew', 'b', 2, 1), ('renew', 'b', 2, 2)]))
write('secret', '08-huge-times', *seq(10**12, [('acquire', 'a', 10**15 - 10**12), ('acquire', 'b', 10**15 - 1), ('acquire', 'b', 10**15), ('write', 2)]))
for i in range(9, 15):
    write('secret', '%02d-random-small' % i, *rand_case(rng.randint(1, 30), rng.randint(10, 60), ['c%d' % j for j in range(rng.randint(1, 3))], 8))
write('secret', '15-random-medium', *rand_case(50, 3000, ['c%d' % j for j in range(5)], 10))
write('secret', '16-random-large', *rand_case(200, 20000, ['worker-%d' % j for j in range(20)], 15))
