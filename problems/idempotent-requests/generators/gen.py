#!/usr/bin/env python3
"""Seeded test generator for idempotent-requests."""
import json, os, random, uuid

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(17)


def solve(ids, ts, ttl):
    last, out = {}, []
    for k, t in zip(ids, ts):
        if k in last and t - last[k] < ttl:
            out.append(False)
        else:
            last[k] = t; out.append(True)
    return out


def write(folder, name, ids, ts, ttl):
    d = os.path.join(HERE, '..', 'data', folder)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(ids, separators=(',', ':')) + '\n' + json.dumps(ts, separators=(',', ':')) + '\n' + json.dumps(ttl) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(ids, ts, ttl), separators=(',', ':')) + '\n')


def rand_case(n, keys, start, max_gap, ttl):
    t, ids, ts = start, [], []
    for _ in range(n):
        if rng.random() < 0.7:
            t += rng.randint(0, max_gap)
        ids.append(rng.choice(keys)); ts.append(t)
    return ids, ts, ttl


write('sample', '01', ["k1", "k1", "k2", "k1", "k1"], [0, 500, 600, 999, 1000], 1000)
write('sample', '02', ["a", "a", "a", "a"], [10, 15, 20, 25], 10)

write('secret', '01-empty', [], [], 5)
write('secret', '02-single', ['x'], [0], 10**15)
write('secret', '03-ttl-one', ['a', 'a', 'a', 'a'], [0, 0, 1, 1], 1)
write('secret', '04-same-time-burst', ['p'] * 5 + ['q'] * 3, [7] * 8, 100)
write('secret', '05-duplicates-do-not-extend', ['a'] * 12, list(range(0, 120, 10)), 25)
write('secret', '06-exact-boundary', ['a', 'a', 'a', 'a'], [100, 199, 200, 300], 100)
write('secret', '07-huge-values', ['a', 'a', 'b', 'a'], [0, 10**15 - 1, 10**15 - 1, 10**15], 10**15)
write('secret', '08-case-sensitive-keys', ['Key', 'key', 'KEY', 'Key'], [1, 2, 3, 4], 10)
for i in range(9, 14):
    write('secret', '%02d-random-small' % i, *rand_case(rng.randint(5, 60), ['k%d' % j for j in range(rng.randint(1, 4))], rng.randint(0, 100), 5, rng.randint(1, 15)))
uuids = [str(uuid.UUID(int=rng.getrandbits(128))) for _ in range(5000)]
write('secret', '14-large-uuids', *rand_case(12000, uuids, 1700000000000, 50, 60000))
write('secret', '15-large-hot-keys', *rand_case(40000, ['k%d' % j for j in range(50)], 0, 3, 40))
write('secret', '16-large-one-key', *rand_case(40000, ['retry'], 0, 4, 17))
