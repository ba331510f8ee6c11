#!/usr/bin/env python3
"""Seeded data generator for sql-webhook-delivery-report: writes data/{sample,secret}/*.in as INSERT scripts.

The .ans files are computed from the reference query (submissions/accepted), not here.
Run: python3 generators/gen.py
"""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(110)


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

EC = ['id', 'endpoint_id', 'event_type', 'created_at']
AC = ['id', 'event_id', 'attempt_no', 'status_code', 'attempted_at']
TYPES = ['invoice.paid', 'invoice.failed', 'user.created', 'user.deleted', 'order.shipped']
STATUSES = [200, 201, 202, 204, 299, 300, 301, 302, 400, 404, 410, 429, 500, 502, 503, None]
T0 = datetime.datetime(2024, 4, 1)


def ts(seconds):
    return (T0 + datetime.timedelta(seconds=seconds)).strftime('%Y-%m-%d %H:%M:%S')


def traffic(nevents, endpoints, max_attempts, ok_p):
    events, attempts = [], []
    for i in range(1, nevents + 1):
        t = rng.randint(0, 86400 * 5)
        events.append((i, rng.choice(endpoints), rng.choice(TYPES), ts(t)))
        for k in range(1, rng.randint(0, max_attempts) + 1):
            code = rng.choice([200, 201, 204]) if rng.random() < ok_p else rng.choice(STATUSES)
            attempts.append((len(attempts) + 1, i, k, code, ts(t + k * 60)))
    rng.shuffle(attempts)
    return ('webhook_events', EC, events), ('delivery_attempts', AC, attempts)


write('sample', '01', ('webhook_events', EC, [(1, 10, 'invoice.paid', '2024-04-01 10:00:00'), (2, 10, 'invoice.paid', '2024-04-01 10:05:00'),
                                              (3, 10, 'user.created', '2024-04-01 10:06:00'), (4, 20, 'user.created', '2024-04-01 11:00:00')]),
      ('delivery_attempts', AC, [(1, 1, 1, 500, '2024-04-01 10:00:01'), (2, 1, 2, 200, '2024-04-01 10:01:01'), (3, 1, 3, None, '2024-04-01 10:05:01'),
                                 (4, 2, 1, 301, '2024-04-01 10:05:01'), (5, 4, 1, 204, '2024-04-01 11:00:01')]))
write('sample', '02', ('webhook_events', EC, [(1, 3, 'order.shipped', '2024-04-02 00:00:00'), (2, 3, 'order.shipped', '2024-04-02 00:00:01')]),
      ('delivery_attempts', AC, [(1, 1, 1, None, '2024-04-02 00:00:31'), (2, 1, 2, None, '2024-04-02 00:01:31')]))
write('secret', '01-empty', ('webhook_events', EC, []), ('delivery_attempts', AC, []))
write('secret', '02-all-pending', *traffic(10, [1, 2], 0, 0))
write('secret', '03-edges-299-300', ('webhook_events', EC, [(1, 1, 'a', ts(0)), (2, 1, 'b', ts(1)), (3, 2, 'c', ts(2)), (4, 2, 'd', ts(3))]),
      ('delivery_attempts', AC, [(1, 1, 1, 299, ts(5)), (2, 2, 1, 300, ts(6)), (3, 3, 1, 199, ts(7)), (4, 4, 1, 200, ts(8)), (5, 4, 2, 500, ts(9))]))
write('secret', '04-success-then-failures', ('webhook_events', EC, [(1, 5, 'a', ts(0))]),
      ('delivery_attempts', AC, [(i, 1, i, 200 if i == 1 else 503, ts(i)) for i in range(1, 6)]))
write('secret', '05-random-small', *traffic(40, [1, 2, 3], 4, 0.3))
write('secret', '06-mostly-failing', *traffic(300, list(range(1, 20)), 6, 0.05))
write('secret', '07-random', *traffic(2000, list(range(1, 60)), 5, 0.3))
write('secret', '08-large', *traffic(12000, list(range(1, 300)), 4, 0.3))
