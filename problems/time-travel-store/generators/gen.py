#!/usr/bin/env python3
"""Seeded test generator for time-travel-store."""
import bisect, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(13)


def solve(ops, args):
    out, times, vals = [], {}, {}
    for op, a in zip(ops, args):
        if op == 'TimeMap':
            out.append(None)
        elif op == 'set':
            k, v, t = a
            ts, vs = times.setdefault(k, []), vals.setdefault(k, [])
            if ts and ts[-1] == t:
                vs[-1] = v
            else:
                ts.append(t); vs.append(v)
            out.append(None)
        else:
            k, t = a
            ts = times.get(k, [])
            i = bisect.bisect_right(ts, t)
            out.append(vals[k][i - 1] if i else '')
    return out


def write(folder, name, ops, args):
    d = os.path.join(HERE, '..', 'data', folder)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(ops, separators=(',', ':')) + '\n' + json.dumps(args, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(ops, args), separators=(',', ':')) + '\n')


def seq(calls):
    return ['TimeMap'] + [c[0] for c in calls], [[]] + [list(c[1:]) for c in calls]


def rand_case(n, keys, max_step, set_ratio, tmax=10**9):
    calls, t = [], rng.randint(0, 1000)
    for _ in range(n):
        k = rng.choice(keys)
        if rng.random() < set_ratio:
            t = min(tmax, t + (rng.randint(0, max_step) if rng.random() < 0.8 else 0))
            calls.append(('set', k, 'v%d' % rng.randint(0, 999), t))
        else:
            q = rng.choice([t, max(0, t - rng.randint(0, 50 * max_step + 1)), rng.randint(0, tmax), rng.randint(0, t + 1)])
            calls.append(('get', k, q))
    return seq(calls)


write('sample', '01', *seq([('set', 'checkout.v2', 'off', 100), ('get', 'checkout.v2', 100), ('get', 'checkout.v2', 150),
                            ('set', 'checkout.v2', 'on', 200), ('get', 'checkout.v2', 199), ('get', 'checkout.v2', 1000),
                            ('get', 'checkout.v2', 99)]))
write('sample', '02', *seq([('set', 'a', '1', 5), ('set', 'b', '2', 5), ('set', 'a', '3', 5), ('get', 'a', 5), ('get', 'b', 7), ('get', 'c', 7)]))

write('secret', '01-get-empty', *seq([('get', 'x', 0), ('get', 'x', 10**9)]))
write('secret', '02-timestamp-zero', *seq([('set', 'k', 'v', 0), ('get', 'k', 0), ('get', 'k', 10**9)]))
write('secret', '03-before-first', *seq([('set', 'k', 'v', 50), ('get', 'k', 49), ('get', 'k', 0)]))
write('secret', '04-same-time-overwrites', *seq([('set', 'k', 'a', 7), ('set', 'k', 'b', 7), ('set', 'k', 'c', 7), ('get', 'k', 7), ('set', 'k', 'd', 8), ('get', 'k', 7), ('get', 'k', 8)]))
write('secret', '05-keys-independent', *seq([('set', 'a', 'x', 1), ('set', 'b', 'y', 2), ('get', 'a', 2), ('get', 'b', 1), ('set', 'a', 'z', 3), ('get', 'b', 3), ('get', 'a', 3)]))
write('secret', '06-exact-hits', *seq([('set', 'k', 'v%d' % t, t) for t in (10, 20, 30, 40)] + [('get', 'k', t) for t in (40, 30, 20, 10, 9, 11, 39, 41)]))
write('secret', '07-max-timestamp', *seq([('set', 'k', 'v', 10**9), ('get', 'k', 10**9), ('get', 'k', 10**9 - 1)]))
for i in range(8, 13):
    write('secret', '%02d-random-small' % i, *rand_case(rng.randint(10, 60), ['a', 'b', 'c'][:rng.randint(1, 3)], 5, 0.5))
write('secret', '13-random-medium', *rand_case(4000, ['flag.%d' % i for i in range(30)], 100, 0.5))
write('secret', '14-large-many-keys', *rand_case(28000, ['k%d' % i for i in range(2000)], 1000, 0.5))
# One hot key with long history: a linear scan per get is too slow.
write('secret', '15-large-one-key-history', *rand_case(28000, ['hot'], 20000, 0.5))
write('secret', '16-large-dense-times', *rand_case(28000, ['a', 'b'], 2, 0.6))
# The whole history first, then every get: a linear scan per get does 25000 x 25000 steps (robustly
# too slow, whatever the host's load), binary search 25000 x 15.
hist = [('set', 'hot', 'v%d' % i, 3 * i + 1) for i in range(24999)]
write('secret', '17-large-history-then-gets', *seq(hist + [('get', 'hot', rng.randint(0, 75000)) for _ in range(25000)]))
