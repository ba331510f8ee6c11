#!/usr/bin/env python3
"""Seeded test generator for header-merge. The reference is the accepted Python solution."""
import json, os, random
from typing import List

HERE = os.path.dirname(os.path.abspath(__file__))
ns = {'List': List}
exec(open(os.path.join(HERE, '..', 'submissions', 'accepted', 'merge.py')).read(), ns)
solve = ns['Solution']().mergeHeaders
rng = random.Random(808)
NAMES = ['Accept', 'Cache-Control', 'Set-Cookie', 'Content-Type', 'Content-Length', 'Host', 'Authorization',
         'Vary', 'X-Forwarded-For', 'Via', 'X-Request-Id', 'Link', 'Warning', 'Accept-Encoding']
VALUES = ['gzip', 'br', 'no-cache', 'max-age=60', 'sid=1; Path=/; HttpOnly', 'theme=dark, light', 'text/html', '42',
          'api.example.com', 'Bearer abc', '10.0.0.1', '1.1 proxy', '', ' ', 'a, b', '<https://x>; rel="next"']


def write(folder, name, headers):
    d = os.path.join(HERE, '..', 'data', folder)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(headers, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(headers), separators=(',', ':')) + '\n')


def recase(name):
    r = rng.random()
    if r < 0.4:
        return name
    if r < 0.6:
        return name.lower()
    if r < 0.7:
        return name.upper()
    return ''.join(c.upper() if rng.random() < 0.5 else c.lower() for c in name)


def pad(v):
    return ' ' * rng.choice([0, 0, 0, 1, 2]) + v + ' ' * rng.choice([0, 0, 1])


def rand_case(n, names):
    return [[recase(rng.choice(names)), pad(rng.choice(VALUES))] for _ in range(n)]


write('sample', '01', [['Accept', 'text/html'], ['Cache-Control', 'no-cache'], ['accept', ' application/json '], ['CACHE-CONTROL', 'no-store']])
write('sample', '02', [['Set-Cookie', 'a=1'], ['Content-Type', 'text/plain'], ['set-cookie', 'b=2, c=3'], ['content-type', 'application/json'], ['Vary', ''], ['Vary', 'Accept']])

write('secret', '01-empty', [])
write('secret', '02-single', [['X-Request-Id', ' abc ']])
write('secret', '03-all-empty-values', [['Warning', ''], ['warning', '  '], ['WARNING', '']])
write('secret', '04-singletons-last-wins', [['Host', 'a'], ['Authorization', 'x'], ['HOST', 'b'], ['content-length', '10'], ['Content-Length', '12'], ['authorization', '']])
write('secret', '05-set-cookie-kept-apart', [['Set-Cookie', 'a=1; Expires=Wed, 21 Oct 2026 07:28:00 GMT'], ['Link', '<a>'], ['SET-COOKIE', ' b=2 '], ['Set-Cookie', '']])
write('secret', '06-commas-kept', [['Accept', 'a, b'], ['Accept', ' c ,d ']])
write('secret', '07-inner-spaces', [['Via', '1.1  proxy  a'], ['via', '  2.0 b  ']])
write('secret', '08-first-appearance-order', [['B', '1'], ['a', '2'], ['c', '3'], ['A', '4'], ['b', '5']])
for i in range(9, 14):
    write('secret', '%02d-random-small' % i, rand_case(rng.randint(1, 20), rng.sample(NAMES, rng.randint(1, 6))))
write('secret', '14-random-medium', rand_case(300, NAMES))
write('secret', '15-large', rand_case(1000, NAMES + ['X-Custom-%d' % i for i in range(100)]))
write('secret', '16-large-few-names', rand_case(1000, ['Set-Cookie', 'Accept', 'Host']))
