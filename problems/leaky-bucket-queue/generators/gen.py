#!/usr/bin/env python3
"""Seeded test generator for leaky-bucket-queue. The reference is the accepted Python solution."""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
ns = {}
exec(open(os.path.join(HERE, '..', 'submissions', 'accepted', 'bucket.py')).read(), ns)
rng = random.Random(1212)


def solve(ops, args):
    obj, out = ns['LeakyBucket'](*args[0]), [None]
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


def seq(ctor, calls):
    return ['LeakyBucket'] + [c[0] for c in calls], [list(ctor)] + [[c[1]] for c in calls]


def rand_case(ctor, n, gap, p_pending, start=0):
    ops, args, t = ['LeakyBucket'], [list(ctor)], start
    for _ in range(n):
        if rng.random() < 0.5:
            t += rng.randint(0, gap)
        ops.append('pending' if rng.random() < p_pending else 'offer'); args.append([t])
    return ops, args


write('sample', '01', *seq((2, 100), [('offer', 0), ('offer', 10), ('offer', 20), ('offer', 30), ('pending', 30), ('offer', 150), ('pending', 200), ('offer', 500)]))
write('sample', '02', *seq((0, 50), [('offer', 0), ('offer', 49), ('offer', 50), ('offer', 120), ('pending', 120)]))

write('secret', '01-pending-empty', *seq((3, 10), [('pending', 0), ('pending', 10**15)]))
write('secret', '02-capacity-zero', *seq((0, 10), [('offer', 5), ('offer', 5), ('offer', 14), ('offer', 15), ('offer', 100)]))
write('secret', '03-same-instant-burst', *seq((3, 10), [('offer', 0)] * 6 + [('pending', 0), ('pending', 9), ('pending', 10), ('pending', 29), ('pending', 30)]))
write('secret', '04-dispatch-boundary', *seq((1, 10), [('offer', 0), ('offer', 0), ('offer', 0), ('pending', 9), ('offer', 10), ('pending', 10), ('offer', 10), ('offer', 19)]))
write('secret', '05-interval-one', *seq((2, 1), [('offer', 0), ('offer', 0), ('offer', 0), ('offer', 0), ('offer', 1), ('pending', 1), ('offer', 3)]))
write('secret', '06-idle-resets', *seq((2, 1000), [('offer', 0), ('offer', 1), ('offer', 2), ('offer', 10**6), ('offer', 10**6), ('pending', 10**6)]))
write('secret', '07-huge-times', *seq((5, 10**9), [('offer', 10**15 - 10**9), ('offer', 10**15 - 10**9), ('offer', 10**15 - 1), ('pending', 10**15 - 1), ('offer', 10**15)]))
for i in range(8, 14):
    write('secret', '%02d-random-small' % i, *rand_case((rng.randint(0, 4), rng.randint(1, 20)), rng.randint(10, 60), 8, 0.3))
write('secret', '14-random-medium', *rand_case((50, 7), 4000, 10, 0.2))
write('secret', '15-large-overloaded', *rand_case((1000, 13), 30000, 4, 0.1))
write('secret', '16-large-underloaded', *rand_case((100, 5), 30000, 20, 0.1))
