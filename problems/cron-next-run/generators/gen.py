#!/usr/bin/env python3
"""Seeded test generator for cron-next-run. The reference is the accepted Python solution."""
import json, os, random
from typing import List

HERE = os.path.dirname(os.path.abspath(__file__))
ns = {'List': List}
exec(open(os.path.join(HERE, '..', 'submissions', 'accepted', 'cron.py')).read(), ns)
solve = ns['Solution']().nextRuns
rng = random.Random(505)
LIMITS = [(0, 59), (0, 23), (1, 31), (1, 12), (0, 6)]


def write(folder, name, expr, after, count):
    d = os.path.join(HERE, '..', 'data', folder)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(expr) + '\n' + json.dumps(after) + '\n' + json.dumps(count) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(expr, after, count), separators=(',', ':')) + '\n')


def rand_item(lo, hi):
    r = rng.random()
    if r < 0.25:
        return '*/%d' % rng.randint(1, max(1, (hi - lo) // 2))
    a = rng.randint(lo, hi)
    if r < 0.55:
        return str(a)
    b = rng.randint(a, hi)
    return '%d-%d' % (a, b) if r < 0.8 else '%d-%d/%d' % (a, b, rng.randint(1, 5))


def rand_field(lo, hi, p_star):
    if rng.random() < p_star:
        return '*'
    return ','.join(rand_item(lo, hi) for _ in range(rng.randint(1, 3)))


def rand_expr():
    return ' '.join(rand_field(lo, hi, p) for (lo, hi), p in zip(LIMITS, [0.1, 0.3, 0.6, 0.6, 0.6]))


def rand_after():
    return '%04d-%02d-%02d %02d:%02d' % (rng.randint(2000, 2998), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59))


write('sample', '01', '*/15 9-10 * * 1-5', '2026-12-04 10:40', 4)
write('sample', '02', '30 6 13 * 5', '2026-02-10 00:00', 3)

write('secret', '01-every-minute', '* * * * *', '2026-12-31 23:58', 3)
write('secret', '02-strictly-after', '0 12 * * *', '2026-06-01 12:00', 2)
write('secret', '03-leap-day', '0 0 29 2 *', '2024-03-01 00:00', 3)
write('secret', '04-year-2100-not-leap', '0 0 29 2 *', '2096-03-01 00:00', 2)
write('secret', '05-never-fires', '0 0 31 2,4,6,9,11 *', '2000-01-01 00:00', 5)
write('secret', '06-end-of-range', '59 23 31 12 *', '2997-01-01 00:00', 10)
write('secret', '07-dom-or-dow', '0 9 1,15 * 1', '2026-06-01 10:00', 8)
write('secret', '08-dow-only', '0 0 * * 0', '2026-12-01 00:00', 5)
write('secret', '09-dom-only', '5 4 31 * *', '2026-01-31 04:05', 6)
write('secret', '10-range-steps', '10-50/20 1-23/11 * 1-12/4 *', '2030-01-01 00:00', 12)
write('secret', '11-lists-and-ranges', '0,30 8-9,17 * * 1-2,4', '2026-12-02 08:00', 15)
write('secret', '12-friday-13th', '0 0 13 * 5', '2000-01-01 00:00', 40)
write('secret', '13-sparse-leap-sundays', '0 0 29 2 *', '2001-01-01 00:00', 60)
for i in range(14, 24):
    write('secret', '%02d-random' % i, rand_expr(), rand_after(), rng.randint(1, 60))
write('secret', '24-count-large', '*/5 * * * *', '2026-12-31 22:00', 200)
