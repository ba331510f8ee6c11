#!/usr/bin/env python3
"""Seeded data generator for sql-login-streaks: writes data/{sample,secret}/*.in as INSERT scripts.

The .ans files are computed from the reference query (submissions/accepted), not here.
Run: python3 generators/gen.py
"""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(113)


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

COLS = ['id', 'user_id', 'login_at']
T0 = datetime.datetime(2024, 1, 1)


def at(day, second):
    return (T0 + datetime.timedelta(days=day, seconds=second)).strftime('%Y-%m-%d %H:%M:%S')


def activity(users, days, p, per_day):
    rows = []
    for u in users:
        active = rng.random() < 0.5
        for d in range(days):
            if rng.random() < p:
                active = not active
            if active:
                for _ in range(rng.randint(1, per_day)):
                    rows.append((u, at(d, rng.randint(0, 86399))))
    rng.shuffle(rows)
    return [(i + 1,) + r for i, r in enumerate(rows)]


write('sample', '01', ('logins', COLS, [(1, 1, '2024-03-01 08:00:00'), (2, 1, '2024-03-01 21:00:00'), (3, 1, '2024-03-02 07:30:00'),
                                       (4, 1, '2024-03-04 09:00:00'), (5, 2, '2024-02-28 23:59:59'), (6, 2, '2024-02-29 00:00:00'),
                                       (7, 2, '2024-03-01 12:00:00')]))
write('sample', '02', ('logins', COLS, [(1, 9, '2024-01-10 10:00:00'), (2, 9, '2024-01-12 10:00:00')]))
write('secret', '01-empty', ('logins', COLS, []))
write('secret', '02-many-logins-one-day', ('logins', COLS, [(i, 4, at(3, i * 60)) for i in range(1, 30)]))
write('secret', '03-tied-streaks-earliest', ('logins', COLS, [(1, 5, at(10, 0)), (2, 5, at(11, 0)), (3, 5, at(1, 0)), (4, 5, at(2, 0)),
                                                             (5, 5, at(5, 0)), (6, 6, at(20, 0)), (7, 6, at(21, 0)), (8, 6, at(30, 0)), (9, 6, at(31, 0))]))
write('secret', '04-month-and-year-boundary', ('logins', COLS, [(1, 1, '2023-12-30 12:00:00'), (2, 1, '2023-12-31 23:59:59'),
                                                               (3, 1, '2024-01-01 00:00:00'), (4, 1, '2024-01-31 08:00:00'),
                                                               (5, 1, '2024-02-01 08:00:00')]))
write('secret', '05-midnight-edges', ('logins', COLS, [(1, 2, at(0, 86399)), (2, 2, at(1, 0)), (3, 2, at(2, 86399)), (4, 2, at(4, 0))]))
write('secret', '06-random-small', ('logins', COLS, activity(range(1, 8), 40, 0.3, 3)))
write('secret', '07-random', ('logins', COLS, activity(range(1, 300), 60, 0.2, 2)))
write('secret', '08-large', ('logins', COLS, activity(range(1, 200), 200, 0.15, 2)))
