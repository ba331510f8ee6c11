#!/usr/bin/env python3
"""Seeded data generator for sql-audit-last-change: writes data/{sample,secret}/*.in as INSERT scripts.

The .ans files are computed from the reference query (submissions/accepted), not here.
Run: python3 generators/gen.py
"""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(111)


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

COLS = ['id', 'record_id', 'field', 'old_value', 'new_value', 'changed_by', 'changed_at']
FIELDS = ['email', 'name', 'plan', 'role', 'status', 'phone']
ADMINS = ['kim', 'lee', 'max', 'noa', 'oli', 'pat']
VALUES = ['alpha', 'beta', 'gamma', 'delta', 'admin', 'user', 'owner', 'zeta', None]
T0 = datetime.datetime(2024, 2, 1)


def ts(minutes):
    return (T0 + datetime.timedelta(minutes=minutes)).strftime('%Y-%m-%d %H:%M:%S')


def log(records, fields, per, span):
    rows = []
    for r in records:
        for f in rng.sample(FIELDS, fields):
            for _ in range(rng.randint(1, per)):
                rows.append([r, f, rng.choice(VALUES), rng.choice(VALUES), rng.choice(ADMINS), ts(rng.randint(0, span))])
    rng.shuffle(rows)
    return [[i + 1] + x for i, x in enumerate(rows)]


write('sample', '01', ('audit_log', COLS, [
    (1, 1, 'email', 'a@x.io', 'b@x.io', 'kim', '2024-02-01 09:00:00'), (2, 1, 'email', 'c@x.io', None, 'lee', '2024-02-03 09:00:00'),
    (3, 1, 'email', 'b@x.io', 'c@x.io', 'kim', '2024-02-02 09:00:00'), (4, 1, 'role', 'user', 'admin', 'max', '2024-02-01 10:00:00'),
    (5, 1, 'role', 'admin', 'owner', 'kim', '2024-02-01 10:00:00')]))
write('sample', '02', ('audit_log', COLS, [(1, 7, 'plan', None, 'pro', 'noa', '2024-03-01 00:00:00'),
                                          (2, 8, 'plan', None, 'free', 'noa', '2024-03-01 00:00:00')]))
write('secret', '01-empty', ('audit_log', COLS, []))
write('secret', '02-tie-lower-id-later-in-table', ('audit_log', COLS, [
    (9, 1, 'name', None, 'zed', 'pat', ts(5)), (3, 1, 'name', None, 'amy', 'kim', ts(5)), (12, 1, 'name', None, 'bob', 'lee', ts(4))]))
write('secret', '03-cleared-value', ('audit_log', COLS, [
    (1, 2, 'phone', None, '555', 'kim', ts(1)), (2, 2, 'phone', '555', None, 'kim', ts(2))]))
write('secret', '04-same-field-many-records', ('audit_log', COLS, log(range(1, 20), 1, 3, 30)))
write('secret', '05-random-small', ('audit_log', COLS, log(range(1, 10), 3, 4, 100)))
write('secret', '06-dense-ties', ('audit_log', COLS, log(range(1, 60), 4, 6, 3)))
write('secret', '07-random', ('audit_log', COLS, log(range(1, 500), 3, 5, 10000)))
write('secret', '08-large', ('audit_log', COLS, log(range(1, 1200), 4, 4, 100000)))
