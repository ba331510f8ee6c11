#!/usr/bin/env python3
"""Seeded test generator for accept-negotiation. The reference is the accepted Python solution."""
import json, os, random
from typing import List

HERE = os.path.dirname(os.path.abspath(__file__))
ns = {'List': List}
exec(open(os.path.join(HERE, '..', 'submissions', 'accepted', 'negotiate.py')).read(), ns)
solve = ns['Solution']().negotiate
rng = random.Random(909)
TYPES = ['text/html', 'text/plain', 'text/csv', 'application/json', 'application/xml', 'application/problem+json',
         'image/png', 'image/webp', 'image/avif', 'application/vnd.api+json']


def write(folder, name, accept, available):
    d = os.path.join(HERE, '..', 'data', folder)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(accept) + '\n' + json.dumps(available, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(accept, available)) + '\n')


def rand_q():
    r = rng.random()
    if r < 0.35:
        return ''
    v = rng.choice(['0', '1', '0.5', '0.9', '0.8', '0.1', '0.25', '0.001', '0.999', '1.0', '1.000', '0.50', '0.500', '0.0', '0.05'])
    sep = rng.choice([';', '; ', ' ;', ';  '])
    return sep + rng.choice(['q', 'q', 'Q']) + '=' + v


def rand_range():
    r = rng.random()
    if r < 0.15:
        base = '*/*'
    elif r < 0.35:
        base = rng.choice(TYPES).split('/')[0] + '/*'
    else:
        base = rng.choice(TYPES)
    if rng.random() < 0.2:
        base = base.upper()
    extra = ';charset=utf-8' if rng.random() < 0.1 else ''
    return base + extra + rand_q()


def rand_accept(n):
    return rng.choice([',', ', ', ' , ']).join(rand_range() for _ in range(n))


write('sample', '01', 'text/html;q=0.8, application/json, */*;q=0.1', ['text/html', 'application/json', 'image/png'])
write('sample', '02', 'image/*;q=0.5, */*;q=0.9, image/png;q=0', ['image/png', 'image/webp', 'text/plain'])

write('secret', '01-empty-header', '', ['application/json', 'text/html'])
write('secret', '02-nothing-acceptable', 'text/html', ['application/json', 'image/png'])
write('secret', '03-all-refused', '*/*;q=0', ['application/json'])
write('secret', '04-tie-keeps-server-order', 'application/json, text/html', ['text/html', 'application/json'])
write('secret', '05-specific-beats-higher-q', 'text/*;q=1, text/plain;q=0.2', ['text/plain'])
write('secret', '06-case-insensitive', 'APPLICATION/JSON;Q=0.7, Text/HTML;q=0.6', ['Application/Json', 'text/html'])
write('secret', '07-first-duplicate-counts', 'text/html;q=0.2, text/html;q=0.9, application/json;q=0.5', ['text/html', 'application/json'])
write('secret', '08-q-precision', 'a/b;q=0.001, a/c;q=0.01, a/d;q=0.1', ['a/b', 'a/c', 'a/d'])
write('secret', '09-other-params-ignored', 'text/html;level=1;q=0.3, application/json;charset=utf-8', ['text/html', 'application/json'])
write('secret', '10-trailing-commas', ' , text/plain ,, ', ['text/html', 'text/plain'])
write('secret', '11-type-wildcard-only', 'image/*', ['text/html', 'image/avif', 'image/png'])
write('secret', '12-q-formats', 'a/a;q=1.000, a/b;q=1.0, a/c;q=0.999', ['a/c', 'a/b', 'a/a'])
write('secret', '13-prefix-is-not-match', 'text/*;q=0.9, application/json;q=0.5', ['textual/html', 'application/jsonp', 'application/json'])
for i in range(14, 24):
    avail = rng.sample(TYPES, rng.randint(1, 6))
    write('secret', '%02d-random' % i, rand_accept(rng.randint(1, 8)), avail)
write('secret', '24-large', rand_accept(300), TYPES * 1)
