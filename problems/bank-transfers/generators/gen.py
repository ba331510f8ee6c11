#!/usr/bin/env python3
"""Seeded test generator for bank-transfers."""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(29)


def solve(ops, args):
    out, bal = [], []
    ok = lambda a: 1 <= a <= len(bal)
    for op, a in zip(ops, args):
        if op == 'Bank':
            bal = list(a[0]); out.append(None)
        elif op == 'transfer':
            f, t, amt = a
            if ok(f) and ok(t) and bal[f - 1] >= amt:
                bal[f - 1] -= amt; bal[t - 1] += amt; out.append(True)
            else:
                out.append(False)
        elif op == 'deposit':
            if ok(a[0]):
                bal[a[0] - 1] += a[1]; out.append(True)
            else:
                out.append(False)
        elif op == 'withdraw':
            if ok(a[0]) and bal[a[0] - 1] >= a[1]:
                bal[a[0] - 1] -= a[1]; out.append(True)
            else:
                out.append(False)
        else:
            out.append(bal[a[0] - 1] if ok(a[0]) else -1)
    return out


def write(folder, name, ops, args):
    d = os.path.join(HERE, '..', 'data', folder)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(ops, separators=(',', ':')) + '\n' + json.dumps(args, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(ops, args), separators=(',', ':')) + '\n')


def seq(balances, calls):
    return ['Bank'] + [c[0] for c in calls], [[balances]] + [list(c[1:]) for c in calls]


def rand_case(n, calls, amt_max, bad_p):
    balances = [rng.randint(0, amt_max) for _ in range(n)]
    acct = lambda: rng.randint(1, n) if rng.random() >= bad_p else rng.choice([0, -1, n + 1, rng.randint(n + 1, 2 * 10**4), -rng.randint(1, 10**4)])
    cs = []
    for _ in range(calls):
        r = rng.random()
        if r < 0.45:
            cs.append(('transfer', acct(), acct(), rng.randint(0, amt_max)))
        elif r < 0.6:
            cs.append(('deposit', acct(), rng.randint(0, amt_max)))
        elif r < 0.8:
            cs.append(('withdraw', acct(), rng.randint(0, amt_max)))
        else:
            cs.append(('balance', acct()))
    return seq(balances, cs)


write('sample', '01', *seq([10, 100, 20], [('withdraw', 3, 10), ('transfer', 2, 1, 20), ('deposit', 1, 20), ('transfer', 5, 1, 20), ('balance', 1), ('balance', 3)]))
write('sample', '02', *seq([5, 0], [('transfer', 1, 2, 6), ('withdraw', 0, 1), ('transfer', 1, 1, 5), ('balance', 1), ('balance', 0)]))

write('secret', '01-single-account', *seq([0], [('balance', 1), ('withdraw', 1, 0), ('withdraw', 1, 1), ('deposit', 1, 7), ('withdraw', 1, 7), ('balance', 1)]))
write('secret', '02-exact-balance', *seq([50, 0], [('transfer', 1, 2, 50), ('transfer', 1, 2, 1), ('balance', 1), ('balance', 2)]))
write('secret', '03-invalid-target-keeps-money', *seq([50, 0], [('transfer', 1, 3, 10), ('balance', 1), ('transfer', 1, 0, 10), ('balance', 1)]))
write('secret', '04-invalid-source', *seq([50, 0], [('transfer', 0, 1, 0), ('transfer', -1, 2, 0), ('transfer', 3, 1, 0), ('balance', 2)]))
write('secret', '05-self-transfer', *seq([5], [('transfer', 1, 1, 5), ('transfer', 1, 1, 6), ('balance', 1)]))
write('secret', '06-zero-amounts', *seq([0, 0], [('transfer', 1, 2, 0), ('deposit', 2, 0), ('withdraw', 1, 0), ('deposit', 3, 0), ('balance', 1)]))
write('secret', '07-large-amounts', *seq([10**12, 10**12], [('deposit', 1, 10**12)] * 20 + [('transfer', 1, 2, 21 * 10**12), ('balance', 2), ('withdraw', 2, 22 * 10**12 + 1), ('withdraw', 2, 22 * 10**12), ('balance', 2)]))
write('secret', '08-deposit-invalid', *seq([1, 2, 3], [('deposit', 4, 5), ('deposit', 0, 5), ('balance', 4), ('balance', 3)]))
for i in range(9, 14):
    write('secret', '%02d-random-small' % i, *rand_case(rng.randint(1, 5), rng.randint(10, 60), 100, 0.15))
write('secret', '14-random-medium', *rand_case(100, 4000, 10**6, 0.05))
write('secret', '15-large', *rand_case(10000, 30000, 10**12, 0.02))
write('secret', '16-large-few-accounts', *rand_case(3, 35000, 1000, 0.01))
