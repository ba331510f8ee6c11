#!/usr/bin/env python3
"""Seeded test generator for retry-budget. The reference is the accepted Python solution."""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
ns = {}
exec(open(os.path.join(HERE, '..', 'submissions', 'accepted', 'budget.py')).read(), ns)
rng = random.Random(707)


def solve(ops, args):
    obj, out = ns['RetryBudget'](*args[0]), [None]
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
    return ['RetryBudget'] + [c[0] for c in calls], [list(ctor)] + [[c[1]] for c in calls]


def rand_case(ctor, n, gap, p_retry, start=0):
    ops, args, t = ['RetryBudget'], [list(ctor)], start
    for _ in range(n):
        if rng.random() < 0.5:
            t += rng.randint(0, gap)
        ops.append('tryRetry' if rng.random() < p_retry else 'request'); args.append([t])
    return ops, args


write('sample', '01', *seq((20, 1, 1000), [('tryRetry', 0), ('tryRetry', 0), ('request', 10), ('request', 20), ('request', 30),
                                          ('request', 40), ('request', 50), ('tryRetry', 60), ('tryRetry', 70)]))
write('sample', '02', *seq((50, 0, 100), [('request', 0), ('request', 0), ('tryRetry', 50), ('tryRetry', 60), ('tryRetry', 100), ('request', 150), ('tryRetry', 150), ('tryRetry', 151)]))

write('secret', '01-no-requests', *seq((100, 0, 10), [('tryRetry', 0), ('tryRetry', 5)]))
write('secret', '02-min-only', *seq((0, 3, 10), [('tryRetry', 0), ('tryRetry', 1), ('tryRetry', 2), ('tryRetry', 3), ('tryRetry', 10), ('tryRetry', 11)]))
write('secret', '03-floor-ratio', *seq((10, 0, 1000), [('request', i) for i in range(9)] + [('tryRetry', 9), ('request', 10), ('tryRetry', 11), ('tryRetry', 12)]))
write('secret', '04-window-boundary', *seq((100, 0, 100), [('request', 0), ('tryRetry', 99), ('tryRetry', 99), ('request', 100), ('tryRetry', 100), ('tryRetry', 199), ('tryRetry', 200)]))
write('secret', '05-denied-not-counted', *seq((50, 1, 50), [('request', 0), ('request', 0), ('tryRetry', 1), ('tryRetry', 2), ('tryRetry', 3), ('tryRetry', 4), ('tryRetry', 49), ('tryRetry', 50), ('tryRetry', 51)]))
write('secret', '06-ratio-over-100', *seq((250, 0, 1000), [('request', 0), ('request', 1)] + [('tryRetry', 2)] * 6))
write('secret', '07-window-one', *seq((100, 0, 1), [('request', 5), ('tryRetry', 5), ('tryRetry', 5), ('request', 6), ('tryRetry', 6), ('tryRetry', 7)]))
write('secret', '08-huge-times', *seq((100, 1, 10**15), [('request', 10**15 - 1), ('tryRetry', 10**15), ('tryRetry', 10**15), ('tryRetry', 10**15)]))
for i in range(9, 14):
    write('secret', '%02d-random-small' % i, *rand_case((rng.choice([0, 10, 20, 50, 100]), rng.randint(0, 3), rng.randint(1, 40)), rng.randint(10, 60), 6, 0.4))
write('secret', '14-random-medium', *rand_case((20, 2, 500), 3000, 5, 0.3))
write('secret', '15-large-wide-window', *rand_case((10, 5, 10**9), 25000, 3, 0.3))
write('secret', '16-large-storm', *rand_case((20, 10, 2000), 15000, 1, 0.6))
