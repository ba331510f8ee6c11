#!/usr/bin/env python3
"""Seeded test generator for circuit-breaker."""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(30)


def solve(ops, args):
    out = []
    state, fails, opened, thr, open_ms = 'closed', 0, 0, 0, 0
    for op, a in zip(ops, args):
        if op == 'CircuitBreaker':
            thr, open_ms = a; out.append(None); continue
        t = a[0]
        if op == 'allowRequest':
            if state == 'closed':
                out.append(True)
            elif state == 'open':
                if t - opened >= open_ms:
                    state = 'half'; out.append(True)
                else:
                    out.append(False)
            else:
                out.append(False)
            continue
        out.append(None)
        if op == 'recordSuccess':
            if state == 'closed':
                fails = 0
            elif state == 'half':
                state, fails = 'closed', 0
        else:
            if state == 'closed':
                fails += 1
                if fails >= thr:
                    state, opened = 'open', t
            elif state == 'half':
                state, opened = 'open', t
    return out


def write(folder, name, ops, args):
    d = os.path.join(HERE, '..', 'data', folder)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(ops, separators=(',', ':')) + '\n' + json.dumps(args, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(ops, args), separators=(',', ':')) + '\n')


def seq(thr, open_ms, calls):
    return ['CircuitBreaker'] + [c[0] for c in calls], [[thr, open_ms]] + [[c[1]] for c in calls]


def rand_case(thr, open_ms, n, max_gap, fail_p):
    calls, t = [], rng.randint(0, 1000)
    for _ in range(n):
        t += rng.randint(0, max_gap)
        r = rng.random()
        if r < 0.45:
            calls.append(('allowRequest', t))
        elif r < 0.45 + 0.55 * fail_p:
            calls.append(('recordFailure', t))
        else:
            calls.append(('recordSuccess', t))
    return seq(thr, open_ms, calls)


def realistic(thr, open_ms, n, max_gap, outage):
    # Callers only report outcomes of allowed requests; the service is down during outage windows.
    calls, t = [], 0
    while len(calls) < n:
        t += rng.randint(0, max_gap)
        calls.append(('allowRequest', t))
        if solve(*seq(thr, open_ms, calls))[-1]:
            t += rng.randint(0, max_gap)
            down = any(a <= t < b for a, b in outage)
            calls.append(('recordFailure' if down or rng.random() < 0.05 else 'recordSuccess', t))
    return seq(thr, open_ms, calls[:n])


A, F, S = 'allowRequest', 'recordFailure', 'recordSuccess'
write('sample', '01', *seq(2, 1000, [(A, 0), (F, 10), (A, 20), (F, 30), (A, 40), (A, 1029), (A, 1030), (S, 1100), (A, 1200)]))
write('sample', '02', *seq(2, 50, [(F, 1), (S, 2), (F, 3), (A, 4), (F, 5), (A, 6), (A, 55), (F, 60), (A, 100), (A, 110)]))

write('secret', '01-only-allows', *seq(1, 5, [(A, 0), (A, 0), (A, 10**12)]))
write('secret', '02-threshold-one', *seq(1, 10, [(F, 0), (A, 0), (A, 9), (A, 10), (A, 10), (S, 11), (A, 11)]))
write('secret', '03-half-open-single-trial', *seq(1, 10, [(F, 0), (A, 10), (A, 10), (A, 11), (A, 500), (S, 501), (A, 501), (A, 501)]))
write('secret', '04-open-ignores-results', *seq(2, 100, [(F, 0), (F, 1), (S, 2), (S, 3), (A, 50), (F, 60), (A, 101), (S, 102), (A, 103)]))
write('secret', '05-trial-failure-reopens-from-failure-time', *seq(1, 100, [(F, 0), (A, 100), (F, 150), (A, 200), (A, 249), (A, 250)]))
write('secret', '06-success-resets-count', *seq(3, 10, [(F, 0), (F, 1), (S, 2), (F, 3), (F, 4), (A, 5), (F, 6), (A, 7)]))
write('secret', '07-huge-open-window', *seq(1, 10**12, [(F, 0), (A, 10**12 - 1), (A, 10**12), (A, 10**12)]))
write('secret', '08-same-timestamp', *seq(1, 1, [(F, 5), (A, 5), (A, 6), (F, 6), (A, 6), (A, 7)]))
write('secret', '09-trial-in-closed-failure-counts', *seq(3, 10, [(F, 0), (F, 0), (F, 0), (A, 10), (S, 11), (F, 12), (F, 13), (A, 14), (F, 15), (A, 16)]))
for i in range(10, 15):
    write('secret', '%02d-random-small' % i, *rand_case(rng.randint(1, 3), rng.randint(1, 20), rng.randint(10, 60), 5, rng.random()))
write('secret', '15-random-medium', *rand_case(3, 200, 5000, 20, 0.6))
write('secret', '16-large-random', *rand_case(5, 5000, 45000, 100, 0.7))
write('secret', '17-realistic-outages', *realistic(5, 2000, 3000, 40, [(10000, 30000), (50000, 52000)]))
