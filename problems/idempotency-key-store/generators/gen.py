#!/usr/bin/env python3
"""Seeded test generator for idempotency-key-store."""
import json, os, random
from collections import deque

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(202)


def solve(ops, args):
    out, ttl, entries, order = [], 0, {}, deque()
    for op, a in zip(ops, args):
        if op == 'IdempotencyStore':
            ttl = a[0]; out.append(None)
        elif op == 'store':
            key, h, resp, now = a
            e = entries.get(key)
            if e is None or now >= e[0] + ttl:
                entries[key] = (now, h, resp); order.append((now, key)); out.append(resp)
            elif e[1] == h:
                out.append(e[2])
            else:
                out.append('CONFLICT')
        elif op == 'lookup':
            key, now = a
            e = entries.get(key)
            out.append(e[2] if e is not None and now < e[0] + ttl else '')
        else:
            now, = a
            n = 0
            while order and now >= order[0][0] + ttl:
                t, key = order.popleft()
                if entries.get(key, (None,))[0] == t:
                    del entries[key]; n += 1
            out.append(n)
    return out


def write(folder, name, ops, args):
    d = os.path.join(HERE, '..', 'data', folder)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(ops, separators=(',', ':')) + '\n' + json.dumps(args, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(ops, args), separators=(',', ':')) + '\n')


def rand_case(ttl, n, keys, hashes, gap, p_store, p_lookup, start=0):
    ops, args, t, c = ['IdempotencyStore'], [[ttl]], start, 0
    for _ in range(n):
        if rng.random() < 0.6:
            t += rng.randint(0, gap)
        r = rng.random()
        if r < p_store:
            c += 1
            ops.append('store'); args.append([rng.choice(keys), rng.choice(hashes), 'r%d' % c, t])
        elif r < p_store + p_lookup:
            ops.append('lookup'); args.append([rng.choice(keys), t])
        else:
            ops.append('purge'); args.append([t])
    return ops, args


def seq(ttl, calls):
    return ['IdempotencyStore'] + [c[0] for c in calls], [[ttl]] + [list(c[1:]) for c in calls]


write('sample', '01', *seq(1000, [('store', 'k1', 'a1', '201 created', 0), ('store', 'k1', 'a1', '201 again', 400),
                               ('store', 'k1', 'b2', '201 other', 500), ('lookup', 'k1', 999), ('lookup', 'k1', 1000),
                               ('store', 'k1', 'b2', '201 fresh', 1000)]))
write('sample', '02', *seq(10, [('store', 'x', 'h', 'ok-x', 0), ('store', 'y', 'h', 'ok-y', 5), ('purge', 9),
                               ('purge', 10), ('store', 'x', 'h', 'ok-x2', 12), ('purge', 15), ('purge', 100)]))

write('secret', '01-purge-empty', *seq(5, [('purge', 0), ('lookup', 'a', 0), ('purge', 10**15)]))
write('secret', '02-ttl-one', *seq(1, [('store', 'a', 'h', 'r1', 0), ('store', 'a', 'g', 'r2', 0), ('store', 'a', 'g', 'r3', 1), ('lookup', 'a', 1), ('purge', 1), ('purge', 2)]))
write('secret', '03-replay-does-not-extend', *seq(100, [('store', 'k', 'h', 'first', 0), ('store', 'k', 'h', 'x', 60), ('store', 'k', 'h', 'y', 99), ('store', 'k', 'h', 'second', 100), ('lookup', 'k', 150), ('purge', 199), ('purge', 200)]))
write('secret', '04-conflict-keeps-original', *seq(50, [('store', 'k', 'h1', 'one', 0), ('store', 'k', 'h2', 'two', 10), ('lookup', 'k', 20), ('store', 'k', 'h1', 'three', 49)]))
write('secret', '05-overwritten-expired-not-purged', *seq(10, [('store', 'a', 'h', 'r1', 0), ('store', 'a', 'h', 'r2', 10), ('purge', 15), ('purge', 20), ('purge', 21)]))
write('secret', '06-case-sensitive', *seq(100, [('store', 'Key', 'h', 'r1', 0), ('store', 'key', 'h', 'r2', 1), ('store', 'KEY', 'H', 'r3', 2), ('store', 'key', 'H', 'r4', 3), ('lookup', 'Key', 4), ('purge', 101)]))
write('secret', '07-huge-times', *seq(10**12, [('store', 'a', 'h', 'r1', 10**15 - 10**12), ('lookup', 'a', 10**15 - 1), ('purge', 10**15 - 1), ('purge', 10**15)]))
for i in range(8, 14):
    write('secret', '%02d-random-small' % i, *rand_case(rng.randint(1, 30), rng.randint(10, 80), ['k%d' % j for j in range(rng.randint(1, 5))], ['h1', 'h2'], 6, 0.5, 0.3))
write('secret', '14-random-medium', *rand_case(500, 3000, ['k%d' % j for j in range(300)], ['h1', 'h2', 'h3'], 20, 0.5, 0.3))
ops, args = rand_case(10**9, 12000, ['%06x' % rng.getrandbits(24) for _ in range(20000)], ['f0'], 1, 1.0, 0.0)
for j in range(24000):
    ops.append('purge'); args.append([12000 + j])
write('secret', '15-large-many-purges', ops, args)
write('secret', '16-large-hot-keys', *rand_case(40, 8000, ['k%d' % j for j in range(40)], ['h1', 'h2'], 2, 0.5, 0.3))
write('secret', '17-large-expiring', *rand_case(5000, 8000, ['k%d' % j for j in range(20000)], ['h1'], 3, 0.5, 0.1))
