#!/usr/bin/env python3
"""Seeded data generator for sql-retention-cohorts: writes data/{sample,secret}/*.in as INSERT scripts.

The .ans files are computed from the reference query (submissions/accepted), not here.
Cohorts stay below 200 users, so no percentage lands on a rounding half that binary floats
(SQLite) would round differently from PostgreSQL's NUMERIC.
Run: python3 generators/gen.py
"""
import datetime
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))


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
rng = random.Random(4421)
U_COLS = ['id', 'email', 'signed_up_on']
A_COLS = ['id', 'user_id', 'active_on']


def d(text):
    return datetime.date.fromisoformat(text)


def users(dates):
    return ('users', U_COLS, [(i + 1, 'u%d@example.com' % (i + 1), str(day)) for i, day in enumerate(dates)])


def activity(pairs):
    return ('activity', A_COLS, [(i + 1, uid, str(day)) for i, (uid, day) in enumerate(pairs)])


def random_case(n_users, first, last, events_per_user):
    span = (d(last) - d(first)).days
    signups = [d(first) + datetime.timedelta(days=rng.randint(0, span)) for _ in range(n_users)]
    pairs = []
    for uid, day in enumerate(signups, start=1):
        for _ in range(rng.randint(0, events_per_user)):
            pairs.append((uid, day + datetime.timedelta(days=rng.choice([0, 1, 5, 20, 31, 40, 45, 58, 62, 75, 95, 130]) + rng.randint(0, 9))))
    rng.shuffle(pairs)
    return users(signups), activity(pairs)


write('sample', '01',
      users([d('2024-01-05'), d('2024-01-20'), d('2024-01-31'), d('2024-02-10')]),
      activity([(1, d('2024-01-06')), (1, d('2024-02-01')), (1, d('2024-02-15')), (2, d('2024-03-03')),
                (3, d('2024-02-29')), (3, d('2024-03-01')), (4, d('2024-03-31'))]))
write('sample', '02', users([d('2023-12-31'), d('2023-12-01')]),
      activity([(1, d('2024-01-01')), (2, d('2024-02-28'))]))
write('secret', '01-empty', users([]), activity([]))
write('secret', '02-no-activity', users([d('2024-05-%02d' % k) for k in range(1, 8)]), activity([]))
write('secret', '03-signup-month-only', users([d('2024-04-01'), d('2024-04-30')]),
      activity([(1, d('2024-04-02')), (1, d('2024-04-30')), (2, d('2024-04-30'))]))
write('secret', '04-year-boundary', users([d('2023-11-15'), d('2023-12-20'), d('2023-12-31'), d('2024-01-01')]),
      activity([(1, d('2023-12-01')), (1, d('2024-01-31')), (2, d('2024-01-15')), (2, d('2024-02-01')),
                (3, d('2024-02-29')), (4, d('2024-02-01')), (4, d('2024-03-01'))]))
write('secret', '05-many-events-one-user', users([d('2024-06-10'), d('2024-06-11'), d('2024-06-12')]),
      activity([(1, d('2024-07-%02d' % k)) for k in range(1, 29)] + [(2, d('2024-08-31'))]))
write('secret', '06-later-months-only', users([d('2024-02-01'), d('2024-02-02')]),
      activity([(1, d('2024-05-01')), (2, d('2025-03-01')), (2, d('2025-02-01'))]))
write('secret', '07-thirds', users([d('2024-03-%02d' % k) for k in range(1, 4)] + [d('2024-09-%02d' % k) for k in range(1, 8)]),
      activity([(1, d('2024-04-09')), (5, d('2024-10-02')), (6, d('2024-11-30')), (6, d('2024-10-30'))]))
write('secret', '08-random', *random_case(60, '2023-09-01', '2024-03-31', 4))
write('secret', '09-large', *random_case(700, '2023-07-01', '2024-04-30', 6))
