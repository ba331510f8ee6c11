#!/usr/bin/env python3
"""Seeded data generator for sql-moving-average: writes data/{sample,secret}/*.in as INSERT scripts.

The .ans files are computed from the reference query (submissions/accepted), not here.
Run: python3 generators/gen.py
"""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(106)


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

COLS = ['service', 'day', 'requests']
SERVICES = ['auth', 'billing', 'search', 'media', 'gateway', 'mailer', 'reports', 'webhooks']


def day(n):
    return (datetime.date(2024, 1, 1) + datetime.timedelta(days=n)).isoformat()


def series(services, ndays, keep, hi):
    rows = []
    for s in services:
        for d in range(ndays):
            if rng.random() < keep:
                rows.append((s, day(d), rng.randint(0, hi)))
    rng.shuffle(rows)
    return rows


write('sample', '01', ('daily_requests', COLS, [('auth', '2024-05-01', 10), ('auth', '2024-05-02', 20), ('auth', '2024-05-05', 40),
                                               ('auth', '2024-05-06', 0), ('search', '2024-05-01', 7)]))
write('sample', '02', ('daily_requests', COLS, [('billing', '2024-02-28', 1), ('billing', '2024-02-29', 2), ('billing', '2024-03-01', 2)]))
write('secret', '01-empty', ('daily_requests', COLS, []))
write('secret', '02-two-rows', ('daily_requests', COLS, [('media', '2024-01-01', 5), ('media', '2024-01-09', 6)]))
write('secret', '03-long-single-service', ('daily_requests', COLS, series(['gateway'], 40, 1.0, 1000)))
write('secret', '04-gaps', ('daily_requests', COLS, series(['auth', 'mailer'], 60, 0.4, 50)))
write('secret', '05-zeros', ('daily_requests', COLS, [('reports', day(i), 0) for i in range(6)] + [('reports', day(7), 1)]))
write('secret', '06-interleaved-services', ('daily_requests', COLS, series(SERVICES, 30, 0.8, 100)))
write('secret', '07-random', ('daily_requests', COLS, series(['svc%02d' % i for i in range(40)], 50, 0.7, 100000)))
write('secret', '08-large', ('daily_requests', COLS, series(['svc%03d' % i for i in range(100)], 100, 0.7, 10**6)))
