#!/usr/bin/env python3
"""Seeded data generator for sql-latest-snapshot: writes data/{sample,secret}/*.in as INSERT scripts.

The .ans files are computed from the reference query (submissions/accepted), not here.
Run: python3 generators/gen.py
"""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(105)


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

COLS = ['id', 'customer_id', 'email', 'plan', 'synced_at']
PLANS = ['free', 'pro', 'team', None]
T0 = datetime.datetime(2024, 1, 1)


def ts(minutes):
    return (T0 + datetime.timedelta(minutes=minutes)).strftime('%Y-%m-%d %H:%M:%S')


def snapshots(customers, per, span):
    rows = []
    for c in customers:
        for _ in range(rng.randint(1, per)):
            rows.append([c, 'u%d.%d@mail.io' % (c, rng.randint(0, 999)), rng.choice(PLANS), ts(rng.randint(0, span))])
    rng.shuffle(rows)
    return [[i + 1] + r for i, r in enumerate(rows)]


write('sample', '01', ('customer_snapshots', COLS, [
    (1, 5, 'a@old.io', 'free', '2024-01-01 09:00:00'), (2, 5, 'a@new.io', 'pro', '2024-01-03 09:00:00'),
    (3, 5, 'a@mid.io', 'free', '2024-01-02 09:00:00'), (4, 8, 'b@x.io', None, '2024-01-01 10:00:00'),
    (5, 8, 'b@y.io', 'team', '2024-01-01 10:00:00')]))
write('sample', '02', ('customer_snapshots', COLS, [(1, 1, 'solo@x.io', None, '2024-06-30 23:59:59')]))
write('secret', '01-empty', ('customer_snapshots', COLS, []))
write('secret', '02-latest-has-null-plan', ('customer_snapshots', COLS, [
    (1, 3, 'c@x.io', 'pro', '2024-02-01 00:00:00'), (2, 3, 'c@x.io', None, '2024-02-02 00:00:00')]))
write('secret', '03-three-way-tie', ('customer_snapshots', COLS, [
    (7, 2, 'x@1', 'free', '2024-03-03 03:03:03'), (9, 2, 'x@2', 'pro', '2024-03-03 03:03:03'),
    (8, 2, 'x@3', 'team', '2024-03-03 03:03:03'), (1, 2, 'x@0', 'team', '2024-03-03 03:03:02')]))
write('secret', '04-late-old-rows', ('customer_snapshots', COLS, [
    (1, 1, 'new@a', 'pro', '2024-05-05 12:00:00'), (2, 1, 'old@a', 'free', '2024-05-05 11:59:59'),
    (3, 2, 'new@b', 'team', '2024-05-06 00:00:00'), (4, 2, 'old@b', None, '2024-04-01 00:00:00')]))
write('secret', '05-random-small', ('customer_snapshots', COLS, snapshots(range(1, 30), 4, 600)))
write('secret', '06-dense-ties', ('customer_snapshots', COLS, snapshots(range(1, 200), 6, 5)))
write('secret', '07-random', ('customer_snapshots', COLS, snapshots(rng.sample(range(1, 100000), 1000), 5, 100000)))
write('secret', '08-large', ('customer_snapshots', COLS, snapshots(range(1, 6001), 6, 20000)))
