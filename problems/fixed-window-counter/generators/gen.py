#!/usr/bin/env python3
"""Seeded test generator for fixed-window-counter. The reference is the accepted Python solution."""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
ns = {}
exec(open(os.path.join(HERE, '..', 'submissions', 'accepted', 'counter.py')).read(), ns)
rng = random.Random(1313)


def solve(ops, args):
    obj, out = ns['FixedWindowCounter'](*args[0]), [None]
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
    return ['FixedWindowCounter'] + [c[0] for c in calls], [list(ctor)] + [list(c[1:]) for c in calls]


def rand_case(ctor, n, clients, gap, p_rem, start=0):
    ops, args, t = ['FixedWindowCounter'], [list(ctor)], start
    for _ in range(n):
        if rng.random() < 0.5:
            t += rng.randint(0, gap)
        ops.append('remaining' if rng.random() < p_rem else 'allow'); args.append([rng.choice(clients), t])
    return ops, args


write('sample', '01', *seq((2, 1000), [('allow', 'alice', 100), ('allow', 'alice', 500), ('allow', 'alice', 999), ('allow', 'bob', 999),
                                      ('allow', 'alice', 1000), ('remaining', 'alice', 1500), ('remaining', 'carol', 1500)]))
write('sample', '02', *seq((1, 60), [('allow', 'k', 59), ('allow', 'k', 60), ('allow', 'k', 61), ('remaining', 'k', 119), ('remaining', 'k', 120)]))

write('secret', '01-remaining-unknown', *seq((5, 10), [('remaining', 'x', 0), ('remaining', 'x', 10**15)]))
write('secret', '02-limit-zero', *seq((0, 10), [('allow', 'a', 0), ('remaining', 'a', 0), ('allow', 'a', 10)]))
write('secret', '03-window-one', *seq((2, 1), [('allow', 'a', 0), ('allow', 'a', 0), ('allow', 'a', 0), ('allow', 'a', 1), ('remaining', 'a', 1), ('remaining', 'a', 2)]))
write('secret', '04-aligned-not-sliding', *seq((3, 100), [('allow', 'a', 90), ('allow', 'a', 95), ('allow', 'a', 99), ('allow', 'a', 100), ('allow', 'a', 101), ('allow', 'a', 102), ('allow', 'a', 150)]))
write('secret', '05-rejects-not-counted', *seq((2, 10), [('allow', 'a', 0), ('allow', 'a', 1), ('allow', 'a', 2), ('allow', 'a', 3), ('remaining', 'a', 4), ('allow', 'a', 10), ('remaining', 'a', 10)]))
write('secret', '06-case-sensitive', *seq((1, 100), [('allow', 'Bob', 0), ('allow', 'bob', 0), ('allow', 'BOB', 0), ('allow', 'Bob', 1)]))
write('secret', '07-skipped-windows', *seq((2, 10), [('allow', 'a', 5), ('allow', 'a', 6), ('allow', 'a', 35), ('remaining', 'a', 35), ('remaining', 'a', 40)]))
write('secret', '08-huge-times', *seq((2, 10**12), [('allow', 'a', 10**15 - 1), ('allow', 'a', 10**15 - 1), ('allow', 'a', 10**15 - 1), ('allow', 'a', 10**15), ('remaining', 'a', 10**15)]))
for i in range(9, 14):
    write('secret', '%02d-random-small' % i, *rand_case((rng.randint(1, 4), rng.randint(1, 30)), rng.randint(10, 60), ['c%d' % j for j in range(rng.randint(1, 3))], 6, 0.2))
write('secret', '14-random-medium', *rand_case((10, 100), 3000, ['c%d' % j for j in range(30)], 3, 0.2))
write('secret', '15-large', *rand_case((50, 1000), 20000, ['c%d' % j for j in range(500)], 2, 0.1))
