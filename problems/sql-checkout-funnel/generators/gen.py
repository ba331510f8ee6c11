#!/usr/bin/env python3
"""Seeded data generator for sql-checkout-funnel: writes data/{sample,secret}/*.in as INSERT scripts.

The .ans files are computed from the reference query (submissions/accepted), not here.
Run: python3 generators/gen.py
"""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(117)


class Raw(str):
    """A literal written unquoted (e.g. a NUMERIC such as 12.50)."""


def lit(v):
    if v is None:
        return 'NULL'
    if isinstance(v, Raw):
        return str(v)
    if isinstance(v, str):
        return "'" + v.replace("'", "''") + "'"
    return repr(v)


def money(cents):
    sign = '-' if cents < 0 else ''
    return Raw('%s%d.%02d' % (sign, abs(cents) // 100, abs(cents) % 100))


def inserts(table, cols, rows):
    out = []
    for i in range(0, len(rows), 500):
        chunk = rows[i:i + 500]
        out.append('INSERT INTO %s (%s) VALUES\n' % (table, ', '.join(cols))
                   + ',\n'.join('  (' + ', '.join(lit(v) for v in r) + ')' for r in chunk) + ';')
    return '\n'.join(out)


def write(folder, name, *tables):
    """tables: (table, columns, rows) in foreign-key order."""
    d = os.path.join(HERE, '..', 'data', folder)
    os.makedirs(d, exist_ok=True)
    body = '\n'.join(inserts(*t) for t in tables if t[2])
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(body + '\n' if body else '')


# ---- problem-specific ----
import datetime

COLS = ['id', 'user_id', 'step', 'happened_at']
STEPS = ['view', 'cart', 'checkout', 'purchase']
T0 = datetime.datetime(2024, 5, 1)


def ts(s):
    return (T0 + datetime.timedelta(seconds=s)).strftime('%Y-%m-%d %H:%M:%S')


def traffic(users, noise):
    rows = []
    for u in users:
        t = rng.randint(0, 86400)
        for s in STEPS:
            if rng.random() < 0.6:
                rows.append((u, s, ts(t)))
                t += rng.randint(0, 600)
            else:
                break
        for _ in range(rng.randint(0, noise)):
            rows.append((u, rng.choice(STEPS), ts(rng.randint(0, 86400))))
    rng.shuffle(rows)
    return [(i + 1,) + r for i, r in enumerate(rows)]


write('sample', '01', ('events', COLS, [(1, 1, 'view', '2024-05-01 10:00:00'), (2, 1, 'cart', '2024-05-01 10:01:00'), (3, 1, 'checkout', '2024-05-01 10:02:00'),
                                       (4, 1, 'purchase', '2024-05-01 10:03:00'), (5, 2, 'view', '2024-05-01 11:00:00'), (6, 2, 'cart', '2024-05-01 11:05:00'),
                                       (7, 3, 'cart', '2024-05-01 09:00:00'), (8, 3, 'view', '2024-05-01 09:30:00'), (9, 3, 'purchase', '2024-05-01 09:40:00')]))
write('sample', '02', ('events', COLS, [(1, 5, 'purchase', '2024-05-02 00:00:00')]))
write('secret', '01-empty', ('events', COLS, []))
write('secret', '02-same-second-steps', ('events', COLS, [(1, 1, 'purchase', ts(5)), (2, 1, 'checkout', ts(5)), (3, 1, 'cart', ts(5)), (4, 1, 'view', ts(5))]))
write('secret', '03-repeat-views', ('events', COLS, [(1, 2, 'view', ts(100)), (2, 2, 'cart', ts(50)), (3, 2, 'view', ts(10)), (4, 2, 'checkout', ts(200)),
                                                     (5, 3, 'view', ts(300)), (6, 3, 'checkout', ts(301)), (7, 3, 'cart', ts(302))]))
write('secret', '04-stop-midway', ('events', COLS, [(i, i, 'view', ts(i)) for i in range(1, 7)] + [(10 + i, i, 'cart', ts(100 + i)) for i in range(1, 4)]))
write('secret', '05-random-small', ('events', COLS, traffic(range(1, 20), 2)))
write('secret', '06-random', ('events', COLS, traffic(range(1, 500), 3)))
write('secret', '07-noisy', ('events', COLS, traffic(range(1, 300), 15)))
write('secret', '08-large', ('events', COLS, traffic(range(1, 700), 3)))
