#!/usr/bin/env python3
"""Seeded data generator for sql-inventory-reorder: writes data/{sample,secret}/*.in as INSERT scripts.

The .ans files come from the reference query (submissions/accepted), not from here:
  python3 generators/gen.py && python3 scripts/sql/answers.py problems/sql-inventory-reorder
"""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))


def lit(v):
    if v is None:
        return 'NULL'
    if isinstance(v, str):
        return "'" + v.replace("'", "''") + "'"
    return repr(v)


def inserts(table, cols, rows):
    out = []
    for i in range(0, len(rows), 500):
        chunk = rows[i:i + 500]
        out.append('INSERT INTO %s (%s) VALUES\n' % (table, ', '.join(cols))
                   + ',\n'.join('  (' + ', '.join(lit(v) for v in r) + ')' for r in chunk) + ';')
    return '\n'.join(out)


def write(folder, name, products, movements=(), reservations=()):
    d = os.path.join(HERE, '..', 'data', folder)
    os.makedirs(d, exist_ok=True)
    tables = [('products', P_COLS, list(products)),
              ('stock_movements', M_COLS, list(movements)),
              ('reservations', R_COLS, list(reservations))]
    body = '\n'.join(inserts(*t) for t in tables if t[2])
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(body + '\n' if body else '')


# ---- problem-specific ----
rng = random.Random(40917)
P_COLS = ['id', 'sku', 'reorder_level']
M_COLS = ['id', 'product_id', 'quantity']
R_COLS = ['id', 'product_id', 'quantity', 'status']
PARTS = ['BOLT', 'NUT', 'WASHER', 'HINGE', 'CLAMP', 'GASKET', 'ANCHOR', 'SPRING', 'RIVET', 'BRACKET',
         'FUSE', 'TAPE', 'VALVE', 'SEAL', 'PIN', 'SCREW']


def numbered(rows, start=1):
    return [(start + i,) + tuple(r) for i, r in enumerate(rows)]


def case(n_products, max_moves=5, max_res=4, p_no_moves=0.15, p_no_res=0.3, open_rate=0.5):
    """Random warehouse. Shipments never take on-hand below 0; reservations may exceed it (oversold).
    Reorder levels are often set exactly at, one above or one below the available quantity."""
    ids = rng.sample(range(1, 4 * n_products + 1), n_products)
    skus = rng.sample(['%s-%04d' % (rng.choice(PARTS), k) for k in range(1, 10 * n_products + 1)], n_products)
    products, movements, reservations = [], [], []
    for pid, sku in zip(ids, skus):
        on_hand = 0
        if rng.random() >= p_no_moves:
            for j in range(rng.randint(1, max_moves)):
                if j == 0 or on_hand == 0 or rng.random() < 0.4:
                    q = rng.choice([5, 10, 12, 20, 24, 50, rng.randint(1, 100)])
                else:
                    q = -rng.randint(1, on_hand)
                on_hand += q
                movements.append((pid, q))
        reserved = 0
        if rng.random() >= p_no_res:
            for _ in range(rng.randint(1, max_res)):
                q = rng.choice([1, 2, 5, 10, rng.randint(1, 30)])
                r = rng.random()
                status = 'open' if r < open_rate else ('fulfilled' if r < open_rate + (1 - open_rate) * 0.6 else 'cancelled')
                if status == 'open':
                    reserved += q
                reservations.append((pid, q, status))
        available = on_hand - reserved
        level = rng.choice([available, available, available + 1, available - 1,
                            rng.randint(0, 80), rng.randint(0, 30)])
        products.append((pid, sku, max(0, level)))
    rng.shuffle(movements)
    rng.shuffle(reservations)
    return products, numbered(movements), numbered(reservations)


# Sample 1: the statement's example.
write('sample', '01',
      [(1, 'BOLT-M6', 50), (2, 'CLAMP-30', 10), (3, 'GASKET-12', 20), (4, 'HINGE-SS', 5),
       (5, 'NUT-M6', 45), (6, 'ANCHOR-10', 25)],
      [(1, 1, 60), (2, 1, -25), (3, 2, 12), (4, 4, 8), (5, 5, 100), (6, 5, -30), (7, 6, 30), (8, 6, -5)],
      [(1, 1, 10, 'open'), (2, 1, 5, 'open'), (3, 1, 20, 'cancelled'), (4, 2, 2, 'open'),
       (5, 3, 4, 'open'), (6, 5, 30, 'fulfilled'), (7, 6, 5, 'open')])
# Sample 2: a brand-new product with no rows at all, one at level 0, one well stocked.
write('sample', '02',
      [(1, 'FUSE-5A', 3), (2, 'TAPE-50', 0), (3, 'VALVE-G1', 10)],
      [(1, 3, 40), (2, 3, -12)],
      [(1, 3, 6, 'open')])

write('secret', '01-empty', [])
# No reservations at all: reserved is 0 everywhere (a WHERE on r.status would drop everyone).
write('secret', '02-no-reservations',
      [(1, 'PIN-0001', 10), (2, 'PIN-0002', 10), (3, 'PIN-0003', 0), (4, 'SEAL-0001', 7), (5, 'SEAL-0002', 4)],
      [(1, 1, 9), (2, 2, 10), (3, 2, 5), (4, 2, -5), (5, 4, 20), (6, 4, -14), (7, 5, 4), (8, 5, -4)])
# No movements at all: on hand is 0 everywhere; only open reservations lower it.
write('secret', '03-no-movements',
      [(1, 'RIVET-0100', 0), (2, 'RIVET-0200', 1), (3, 'RIVET-0300', 5), (4, 'SCREW-0010', 0)],
      [],
      [(1, 1, 3, 'open'), (2, 3, 2, 'fulfilled'), (3, 3, 1, 'open'), (4, 4, 7, 'cancelled')])
# Fan-out: several movements and several open reservations per product.
write('secret', '04-fan-out',
      [(1, 'SPRING-A', 30), (2, 'SPRING-B', 100), (3, 'SPRING-C', 9)],
      [(1, 1, 20), (2, 1, 20), (3, 1, -10), (4, 2, 50), (5, 2, 50), (6, 2, 50), (7, 3, 10)],
      [(1, 1, 2, 'open'), (2, 1, 2, 'open'), (3, 1, 2, 'open'), (4, 2, 10, 'open'), (5, 2, 10, 'open'),
       (6, 3, 1, 'open'), (7, 3, 1, 'open'), (8, 3, 1, 'open'), (9, 3, 1, 'open')])
# Only some reservations are open.
write('secret', '05-reservation-statuses',
      [(1, 'VALVE-0001', 20), (2, 'VALVE-0002', 20), (3, 'VALVE-0003', 20), (4, 'VALVE-0004', 20)],
      [(1, 1, 40), (2, 2, 40), (3, 3, 40), (4, 4, 15)],
      [(1, 1, 25, 'fulfilled'), (2, 2, 25, 'cancelled'), (3, 3, 25, 'open'), (4, 1, 5, 'open'),
       (5, 2, 10, 'fulfilled'), (6, 4, 30, 'cancelled'), (7, 4, 30, 'fulfilled')])
# Available exactly at the reorder level is not a reorder; one below is.
write('secret', '06-at-the-level',
      [(1, 'TAPE-0019', 20), (2, 'TAPE-0020', 20), (3, 'TAPE-0021', 20), (4, 'TAPE-0022', 0), (5, 'TAPE-0023', 1)],
      [(1, 1, 19), (2, 2, 20), (3, 3, 25), (4, 5, 3), (5, 5, -2)],
      [(1, 3, 5, 'open'), (2, 3, 5, 'cancelled'), (3, 5, 1, 'fulfilled')])
# Ties on available: sku order differs from id order and insertion order.
write('secret', '07-ties',
      [(7, 'WASHER-10', 10), (3, 'BRACKET-L', 10), (9, 'ANCHOR-8', 10), (1, 'CLAMP-20', 10), (5, 'BRACKET-S', 10)],
      [(1, 7, 6), (2, 3, 5), (3, 3, 1), (4, 9, 9), (5, 1, 2), (6, 5, 6)],
      [(1, 9, 3, 'open'), (2, 1, 2, 'cancelled'), (3, 3, 1, 'open'), (4, 5, 1, 'open'), (5, 5, 1, 'open')])
# Oversold: open reservations exceed what is on hand, available goes negative.
write('secret', '08-oversold',
      [(1, 'FUSE-0001', 0), (2, 'FUSE-0002', 5), (3, 'FUSE-0003', 2)],
      [(1, 1, 10), (2, 1, -10), (3, 2, 3), (4, 3, 4)],
      [(1, 1, 4, 'open'), (2, 2, 8, 'open'), (3, 2, 3, 'open'), (4, 3, 4, 'open'), (5, 3, 9, 'cancelled')])
write('secret', '09-random', *case(40))
write('secret', '10-large', *case(600, max_moves=6, max_res=4))
