#!/usr/bin/env python3
"""Seeded test generator for sessionize-clicks."""
import json, os, random
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(19)


def solve(users, ts, gap):
    by = defaultdict(list)
    for u, t in zip(users, ts):
        by[u].append(t)
    total = 0
    for times in by.values():
        times.sort()
        total += 1 + sum(1 for a, b in zip(times, times[1:]) if b - a > gap)
    return total


def write(folder, name, users, ts, gap):
    d = os.path.join(HERE, '..', 'data', folder)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(users, separators=(',', ':')) + '\n' + json.dumps(ts, separators=(',', ':')) + '\n' + json.dumps(gap) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(users, ts, gap)) + '\n')


def rand_case(n, nusers, start, span, gap, burst=True):
    users = ['user_%d' % i for i in range(nusers)]
    ev = []
    for _ in range(n):
        u = rng.choice(users)
        ev.append((u, start + rng.randint(0, span)))
    if burst:  # add clumps of clicks close together so sessions have several clicks
        for _ in range(n // 3):
            u, t = rng.choice(ev)
            ev.append((u, min(start + span, t + rng.randint(0, gap))))
    rng.shuffle(ev)
    return [e[0] for e in ev], [e[1] for e in ev], gap


write('sample', '01', ["u1", "u2", "u1", "u1", "u2"], [1000, 1500, 4000, 1800, 9000], 2000)
write('sample', '02', ["a", "a", "a"], [30, 10, 20], 10)

write('secret', '01-empty', [], [], 100)
write('secret', '02-single-click', ['u'], [10**15], 0)
write('secret', '03-gap-zero', ['u', 'u', 'u', 'u'], [5, 5, 6, 6], 0)
write('secret', '04-exact-gap-continues', ['u'] * 4, [0, 100, 200, 301], 100)
write('secret', '05-unsorted-interleaved', ['a', 'b', 'a', 'b', 'a', 'b'], [500, 90, 0, 10, 250, 5000], 250)
write('secret', '06-many-users-one-click', ['u%d' % i for i in range(50)], [7] * 50, 1)
write('secret', '07-huge-values', ['x', 'x', 'x'], [10**15, 0, 5 * 10**14], 5 * 10**14)
write('secret', '08-case-sensitive-users', ['Ann', 'ann', 'ANN', 'Ann'], [1, 2, 3, 4], 10)
for i in range(9, 14):
    write('secret', '%02d-random-small' % i, *rand_case(rng.randint(3, 40), rng.randint(1, 4), rng.randint(0, 10**6), 1000, rng.randint(0, 100)))
write('secret', '14-random-medium', *rand_case(5000, 100, 1700000000000, 86400000, 1800000))
write('secret', '15-large-many-users', *rand_case(45000, 5000, 1700000000000, 86400000, 1800000))
write('secret', '16-large-few-users', *rand_case(45000, 3, 0, 10**9, 20000))
