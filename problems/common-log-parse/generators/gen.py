#!/usr/bin/env python3
"""Seeded test generator for common-log-parse. The reference is the accepted Python solution."""
import json, os, random, sys
from typing import List

HERE = os.path.dirname(os.path.abspath(__file__))
ns = {'List': List}
exec(open(os.path.join(HERE, '..', 'submissions', 'accepted', 'parse.py')).read(), ns)
solve = ns['Solution']().parseAccessLog
rng = random.Random(303)
MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split()


def write(folder, name, lines):
    d = os.path.join(HERE, '..', 'data', folder)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(lines, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(lines), separators=(',', ':')) + '\n')


def good():
    host = rng.choice(['127.0.0.1', '10.0.%d.%d' % (rng.randint(0, 255), rng.randint(0, 255)), 'api.example.com', '::1', 'h%d' % rng.randint(1, 99)])
    user = rng.choice(['-', '-', 'frank', 'svc-billing', 'u%d' % rng.randint(1, 500)])
    ts = '%02d/%s/%d:%02d:%02d:%02d %s%04d' % (rng.randint(1, 31), rng.choice(MONTHS), rng.randint(1990, 2030), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.choice('+-'), rng.choice([0, 100, 530, 700, 1200]))
    method = rng.choice(['GET', 'GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'])
    path = rng.choice(['/', '/index.html', '/api/v1/users/%d' % rng.randint(1, 9999), '/search?q=a+b&page=%d' % rng.randint(1, 9), '/static/app.%x.js' % rng.getrandbits(24), '/a%20b'])
    status = str(rng.choice([200, 201, 204, 301, 304, 400, 401, 404, 429, 500, 503]))
    size = rng.choice(['-', '0', str(rng.randint(1, 10**7))])
    return [host, '-', user, ts, method, path, 'HTTP/1.' + rng.choice('01'), status, size]


def fmt(p):
    return '%s %s %s [%s] "%s %s %s" %s %s' % tuple(p)


BREAKERS = [
    lambda p: p.__setitem__(3, p[3].replace('/', '-', 1)),
    lambda p: p.__setitem__(3, p[3][:3] + 'Foo' + p[3][6:]),
    lambda p: p.__setitem__(3, '32' + p[3][2:]),
    lambda p: p.__setitem__(3, '00' + p[3][2:]),
    lambda p: p.__setitem__(3, p[3][:12] + '24' + p[3][14:]),
    lambda p: p.__setitem__(3, p[3][:15] + '60' + p[3][17:]),
    lambda p: p.__setitem__(3, p[3][:-5]),
    lambda p: p.__setitem__(4, p[4].lower()),
    lambda p: p.__setitem__(5, p[5].lstrip('/') or 'x'),
    lambda p: p.__setitem__(6, 'HTTP/2'),
    lambda p: p.__setitem__(7, '600'),
    lambda p: p.__setitem__(7, '99'),
    lambda p: p.__setitem__(8, '-5'),
    lambda p: p.__setitem__(8, ''),
    lambda p: p.__setitem__(0, ''),
    lambda p: p.__setitem__(2, 'a"b'),
]


def bad():
    p = good()
    rng.choice(BREAKERS)(p)
    s = fmt(p)
    r = rng.random()
    if r < 0.1:
        s = s + ' '
    elif r < 0.15:
        s = s.replace(' ', '  ', 1)
    return s


def mix(n, p_bad):
    return [bad() if rng.random() < p_bad else fmt(good()) for _ in range(n)]


write('sample', '01', [
    '127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326',
    '10.0.0.7 - - [02/Dec/2026:09:00:01 +0000] "POST /api/orders HTTP/1.1" 201 -',
])
write('sample', '02', [
    '10.0.0.7 - - [02/Dec/2026:09:00:01 +0000] "post /api/orders HTTP/1.1" 201 17',
    'garbage',
    '192.168.1.20 - alice [31/Jan/2025:23:59:59 +0530] "DELETE /sessions/42 HTTP/1.1" 204 0',
    '192.168.1.20 - alice [31/Jan/2025:24:00:00 +0530] "GET / HTTP/1.1" 200 5',
])
write('secret', '01-empty', [])
write('secret', '02-empty-line', [''])
write('secret', '03-all-valid', [fmt(good()) for _ in range(20)])
write('secret', '04-all-malformed', [bad() for _ in range(30)])
write('secret', '05-boundaries', [
    'h - - [01/Jan/0000:00:00:00 +0000] "GET / HTTP/0.9" 100 0',
    'h - - [31/Dec/9999:23:59:59 -9999] "GET / HTTP/9.9" 599 99999999999999999999',
    'h - - [00/Dec/2020:10:00:00 +0000] "GET / HTTP/1.1" 200 1',
    'h - - [10/Dec/2020:10:00:00 +0000] "GET / HTTP/1.1" 099 1',
    'h - - [10/dec/2020:10:00:00 +0000] "GET / HTTP/1.1" 200 1',
    'h - - [10/Dec/2020:10:00:00 0000] "GET / HTTP/1.1" 200 1',
    'h - - [10/Dec/20201:10:00:00 +0000] "GET / HTTP/1.1" 200 1',
    'h - - [1/Dec/2020:10:00:00 +0000] "GET / HTTP/1.1" 200 1',
])
write('secret', '06-spacing', [
    'h - -  [10/Dec/2020:10:00:00 +0000] "GET / HTTP/1.1" 200 1',
    ' h - - [10/Dec/2020:10:00:00 +0000] "GET / HTTP/1.1" 200 1',
    'h - - [10/Dec/2020:10:00:00 +0000] "GET / HTTP/1.1" 200 1 ',
    'h - - [10/Dec/2020:10:00:00 +0000] "GET  / HTTP/1.1" 200 1',
    'h - - [10/Dec/2020:10:00:00 +0000] "GET / HTTP/1.1"  200 1',
    'h - - [10/Dec/2020:10:00:00 +0000] "GET / HTTP/1.1" 200 1',
])
write('secret', '07-request-line', [
    'h - - [10/Dec/2020:10:00:00 +0000] "GET /a b HTTP/1.1" 200 1',
    'h - - [10/Dec/2020:10:00:00 +0000] "GET /a HTTP/1.1 extra" 200 1',
    'h - - [10/Dec/2020:10:00:00 +0000] "GET /a" 200 1',
    'h - - [10/Dec/2020:10:00:00 +0000] "" 400 0',
    'h - - [10/Dec/2020:10:00:00 +0000] "GET http://x/ HTTP/1.1" 200 1',
    'h - - [10/Dec/2020:10:00:00 +0000] "G3T / HTTP/1.1" 200 1',
    'h - - [10/Dec/2020:10:00:00 +0000] "PROPFIND /dav/ HTTP/1.1" 207 12',
    'h - - [10/Dec/2020:10:00:00 +0000] "GET /q?x=[1] HTTP/1.1" 200 1',
])
write('secret', '08-identity-fields', [
    'h ident user [10/Dec/2020:10:00:00 +0000] "GET / HTTP/1.1" 200 1',
    'h - us[er [10/Dec/2020:10:00:00 +0000] "GET / HTTP/1.1" 200 1',
    'h - - - [10/Dec/2020:10:00:00 +0000] "GET / HTTP/1.1" 200 1',
    'h - [10/Dec/2020:10:00:00 +0000] "GET / HTTP/1.1" 200 1',
    'h-1.x_y - bob@corp [10/Dec/2020:10:00:00 +0000] "GET / HTTP/1.1" 200 1',
])
for i in range(9, 14):
    write('secret', '%02d-random-small' % i, mix(rng.randint(5, 40), 0.4))
write('secret', '14-random-medium', mix(500, 0.3))
write('secret', '15-large-mostly-valid', mix(4000, 0.05))
write('secret', '16-large-mostly-malformed', mix(4000, 0.9))
