#!/usr/bin/env python3
"""Seeded test generator for weighted-round-robin. The reference is the accepted Python solution."""
import json, os, random
from typing import List

HERE = os.path.dirname(os.path.abspath(__file__))
ns = {'List': List}
exec(open(os.path.join(HERE, '..', 'submissions', 'accepted', 'wrr.py')).read(), ns)
rng = random.Random(606)


def solve(ops, args):
    obj, out = ns['WeightedRoundRobin'](*args[0]), [None]
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


def picks(names, weights, n, extra=()):
    ops, args = ['WeightedRoundRobin'], [[names, weights]]
    for _ in range(n):
        ops.append('pick'); args.append([])
    for op, a in extra:
        ops.append(op); args.append(a)
    return ops, args


def rand_case(n_servers, n_ops, max_w, p_set, p_zero):
    names = ['s%d' % i for i in range(n_servers)]
    rng.shuffle(names)
    weights = [0 if rng.random() < p_zero else rng.randint(1, max_w) for _ in names]
    ops, args = ['WeightedRoundRobin'], [[names, weights]]
    for _ in range(n_ops):
        if rng.random() < p_set:
            ops.append('setWeight'); args.append([rng.choice(names), 0 if rng.random() < p_zero else rng.randint(1, max_w)])
        else:
            ops.append('pick'); args.append([])
    return ops, args


write('sample', '01', *picks(['a', 'b', 'c'], [5, 1, 1], 7))
write('sample', '02', ['WeightedRoundRobin', 'pick', 'pick', 'setWeight', 'pick', 'pick', 'setWeight', 'pick'],
      [[['east', 'west'], [1, 1]], [], [], ['east', 0], [], [], ['west', 0], []])

write('secret', '01-single', *picks(['only'], [3], 4))
write('secret', '02-all-zero', *picks(['a', 'b'], [0, 0], 3))
write('secret', '03-equal-weights', *picks(['x', 'y', 'z'], [2, 2, 2], 9))
write('secret', '04-two-to-one', *picks(['big', 'small'], [2, 1], 9))
write('secret', '05-heavy-skew', *picks(['a', 'b', 'c', 'd'], [1000, 1, 1, 1], 30))
write('secret', '06-revive-resets', ['WeightedRoundRobin', 'pick', 'pick', 'pick', 'setWeight', 'pick', 'pick', 'setWeight', 'pick', 'pick', 'pick', 'pick'],
      [[['a', 'b', 'c'], [3, 2, 1]], [], [], [], ['b', 0], [], [], ['b', 4], [], [], [], []])
write('secret', '07-set-same-weight', ['WeightedRoundRobin', 'pick', 'setWeight', 'pick', 'pick', 'pick'],
      [[['a', 'b'], [1, 2]], [], ['a', 1], [], [], []])
write('secret', '08-zero-in-middle', *picks(['a', 'b', 'c'], [2, 0, 3], 10))
for i in range(9, 14):
    write('secret', '%02d-random-small' % i, *rand_case(rng.randint(1, 5), rng.randint(5, 40), 6, 0.2, 0.2))
write('secret', '14-random-medium', *rand_case(20, 2000, 50, 0.1, 0.1))
write('secret', '15-large', *rand_case(100, 20000, 1000, 0.05, 0.05))
write('secret', '16-large-fixed', *rand_case(100, 20000, 1000, 0.0, 0.0))
