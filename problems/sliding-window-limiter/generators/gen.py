#!/usr/bin/env python3
"""Seeded test generator for sliding-window-limiter. Reference: per-client deques of accepted times."""
import json, os, random
from collections import deque, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(4)


def solve(ops, args):
    out, logs, limit, window = [], defaultdict(deque), 0, 0
    for op, a in zip(ops, args):
        if op == 'SlidingWindowLimiter':
            limit, window = a; out.append(None)
        else:
            cid, t = a
            log = logs[cid]
            while log and log[0] <= t - window:
                log.popleft()
            if len(log) < limit:
                log.append(t); out.append(True)
            else:
                out.append(False)
    return out


def write(folder, name, ops, args):
    d = os.path.join(HERE, '..', 'data', folder)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(ops, separators=(',', ':')) + '\n' + json.dumps(args, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(ops, args), separators=(',', ':')) + '\n')


def calls(limit, window, pairs):
    return ['SlidingWindowLimiter'] + ['allow'] * len(pairs), [[limit, window]] + [list(p) for p in pairs]


def rand_case(limit, window, n, clients, start, max_gap):
    t, pairs = start, []
    for _ in range(n):
        if rng.random() < 0.6:
            t += rng.randint(0, max_gap)
        pairs.append((rng.choice(clients), t))
    return calls(limit, window, pairs)


def ids(k, style):
    if style == 'ip':
        return ['10.%d.%d.%d' % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(0, 255)) for _ in range(k)]
    return ['key_%d' % i for i in range(k)]


write('sample', '01', *calls(2, 1000, [('alice', 0), ('alice', 400), ('alice', 999), ('bob', 999), ('alice', 1000), ('alice', 1399)]))
write('sample', '02', *calls(1, 60000, [('10.0.0.7', 5), ('10.0.0.7', 30000), ('10.0.0.7', 60004), ('10.0.0.7', 60005)]))

write('secret', '01-single-call', *calls(1, 1, [('a', 0)]))
write('secret', '02-window-one-ms', *calls(1, 1, [('a', 5), ('a', 5), ('a', 6), ('a', 6), ('a', 7)]))
write('secret', '03-boundary-exclusive', *calls(3, 100, [('c', 0), ('c', 0), ('c', 0), ('c', 99), ('c', 100), ('c', 100), ('c', 100), ('c', 101)]))
# Rejections must not be logged: constant pressure every 10 ms with limit 1 per 100 ms.
write('secret', '04-rejected-not-recorded', *calls(1, 100, [('bot', 10 * i) for i in range(60)]))
write('secret', '05-clients-independent', *calls(1, 10**12, [('u%d' % (i % 7), i) for i in range(50)]))
write('secret', '06-same-timestamp-burst', *calls(5, 1000, [('x', 42)] * 12 + [('y', 42)] * 6))
write('secret', '07-huge-window-and-times', *calls(2, 10**12, [('a', 0), ('a', 10**12 - 1), ('a', 10**12 - 1), ('a', 10**12), ('a', 10**12)]))
write('secret', '08-case-sensitive-ids', *calls(1, 50, [('Key', 1), ('key', 2), ('KEY', 3), ('Key', 4), ('key', 52)]))
for i in range(9, 14):
    write('secret', '%02d-random-small' % i, *rand_case(rng.randint(1, 4), rng.randint(1, 50), rng.randint(20, 100), ids(rng.randint(1, 3), 'k'), rng.randint(0, 1000), 10))
write('secret', '14-random-many-clients', *rand_case(5, 2000, 5000, ids(200, 'ip'), 10**9, 5))
write('secret', '15-large-many-clients', *rand_case(20, 60000, 18000, ids(1500, 'ip'), 1700000000000, 8))
# One client, big limit, long window: the log grows large; recounting it per call is too slow.
write('secret', '16-large-single-client', *calls(20000, 10**9, [('t1', 1000 + i) for i in range(40000)]))
write('secret', '17-large-sliding', *rand_case(2000, 5000, 30000, ['a', 'b'], 0, 3))
