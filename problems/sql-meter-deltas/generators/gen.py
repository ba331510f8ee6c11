#!/usr/bin/env python3
"""Seeded data generator for sql-meter-deltas: writes data/{sample,secret}/*.in as INSERT scripts.

The .ans files are computed from the reference query (submissions/accepted), not here.
Run: python3 generators/gen.py
"""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(102)


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

COLS = ['id', 'meter_id', 'read_on', 'reading']


def day(n):
    return (datetime.date(2024, 1, 1) + datetime.timedelta(days=n)).isoformat()


def meters(meter_ids, per_meter, shuffle=True):
    rows = []
    for m in meter_ids:
        days = sorted(rng.sample(range(0, 365), per_meter))
        value = rng.randint(0, 10000)
        for d in days:
            value += rng.randint(0, 300)
            rows.append([m, day(d), value])
    if shuffle:
        rng.shuffle(rows)
    return [[i + 1] + r for i, r in enumerate(rows)]


write('sample', '01', ('meter_readings', COLS, [(1, 7, '2024-03-01', 1000), (2, 9, '2024-03-02', 50),
                                                (3, 7, '2024-03-10', 1120), (4, 7, '2024-03-04', 1030)]))
write('sample', '02', ('meter_readings', COLS, [(1, 3, '2023-12-31', 5), (2, 3, '2024-01-01', 5)]))
write('secret', '01-empty', ('meter_readings', COLS, []))
write('secret', '02-single', ('meter_readings', COLS, [(10, 1, '2024-02-29', 77)]))
write('secret', '03-ids-out-of-date-order', ('meter_readings', COLS,
                                            [(1, 2, '2024-05-05', 300), (2, 2, '2024-05-01', 100), (3, 2, '2024-05-03', 250),
                                             (4, 1, '2024-05-02', 10), (5, 1, '2024-05-01', 0)]))
write('secret', '04-one-reading-each', ('meter_readings', COLS, [(i, 100 - i, day(i), i * 10) for i in range(1, 21)]))
write('secret', '05-zero-usage', ('meter_readings', COLS, [(1, 5, day(1), 40), (2, 5, day(2), 40), (3, 5, day(9), 40)]))
write('secret', '06-random', ('meter_readings', COLS, meters([4, 8, 15, 16, 23, 42], 12)))
write('secret', '07-many', ('meter_readings', COLS, meters(list(range(1, 200)), 20)))
write('secret', '08-large', ('meter_readings', COLS, meters(list(range(1, 101)), 80)))
