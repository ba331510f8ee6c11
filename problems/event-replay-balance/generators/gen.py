#!/usr/bin/env python3
"""Seeded test generator for event-replay-balance. The reference is the accepted Python solution."""
import json, os, random
from typing import List

HERE = os.path.dirname(os.path.abspath(__file__))
ns = {'List': List}
exec(open(os.path.join(HERE, '..', 'submissions', 'accepted', 'replay.py')).read(), ns)
solve = ns['Solution']().replayBalances
rng = random.Random(1919)


def write(folder, name, events):
    d = os.path.join(HERE, '..', 'data', folder)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(events, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(events), separators=(',', ':')) + '\n')


def rand_case(n_accounts, per_account, max_amount, p_snap, p_dup, shuffle):
    events = []
    for a in range(n_accounts):
        acc = 'acc-%d' % rng.randint(1, 10**6)
        seq, bal = rng.randint(1, 5), 0
        for _ in range(rng.randint(1, per_account)):
            r = rng.random()
            if r < p_snap:
                e = [acc, str(seq), 'snapshot', str(bal if rng.random() < 0.8 else rng.randint(0, max_amount))]
            elif r < 0.6:
                amt = rng.randint(1, max_amount)
                e = [acc, str(seq), 'deposit', str(amt)]
            else:
                e = [acc, str(seq), 'withdraw', str(rng.randint(1, max_amount))]
            events.append(e)
            if rng.random() < p_dup:
                dup = list(e)
                if rng.random() < 0.5:
                    dup[3] = str(rng.randint(1, max_amount))
                events.append(dup)
            seq += rng.randint(1, 3)
    if shuffle:
        rng.shuffle(events)
    return events


write('sample', '01', [['alice', '1', 'deposit', '100'], ['alice', '3', 'withdraw', '30'], ['bob', '1', 'deposit', '5'],
                       ['alice', '2', 'deposit', '20'], ['bob', '2', 'withdraw', '9'], ['alice', '3', 'withdraw', '30']])
write('sample', '02', [['acc', '5', 'deposit', '10'], ['acc', '4', 'snapshot', '500'], ['acc', '1', 'deposit', '7'], ['acc', '6', 'withdraw', '600']])

write('secret', '01-empty', [])
write('secret', '02-snapshot-only', [['a', '9', 'snapshot', '0'], ['b', '1', 'snapshot', '1000000000']])
write('secret', '03-overdraw-rejected', [['a', '1', 'withdraw', '1'], ['a', '2', 'deposit', '5'], ['a', '3', 'withdraw', '5'], ['a', '4', 'withdraw', '1']])
write('secret', '04-duplicate-first-wins', [['a', '1', 'deposit', '10'], ['a', '1', 'deposit', '99'], ['a', '1', 'withdraw', '10'], ['a', '2', 'snapshot', '3'], ['a', '2', 'snapshot', '4']])
write('secret', '05-latest-snapshot-wins', [['a', '10', 'snapshot', '100'], ['a', '20', 'snapshot', '7'], ['a', '15', 'deposit', '1000'], ['a', '21', 'deposit', '1'], ['a', '5', 'withdraw', '1']])
write('secret', '06-sorted-account-ids', [['b', '1', 'deposit', '1'], ['B', '1', 'deposit', '2'], ['a-1', '1', 'deposit', '3'], ['a', '1', 'deposit', '4'], ['10', '1', 'deposit', '5'], ['9', '1', 'deposit', '6']])
write('secret', '07-big-seq-numeric-order', [['a', '10', 'withdraw', '5'], ['a', '9', 'deposit', '5'], ['a', '100', 'deposit', '1'], ['a', '11', 'withdraw', '1']])
write('secret', '08-large-balance', [['a', str(i), 'deposit', '1000000000'] for i in range(1, 101)])
for i in range(9, 14):
    write('secret', '%02d-random-small' % i, rand_case(rng.randint(1, 4), 10, 50, 0.1, 0.1, True))
write('secret', '14-random-medium', rand_case(100, 40, 1000, 0.05, 0.05, True))
write('secret', '15-large-shuffled', rand_case(500, 60, 10**9, 0.03, 0.05, True))
write('secret', '16-large-in-order', rand_case(50, 400, 10**6, 0.01, 0.02, False))
