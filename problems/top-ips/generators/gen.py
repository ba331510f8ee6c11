#!/usr/bin/env python3
"""Seeded test generator for top-ips."""
import os, random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(28)


def solve(text):
    lines = text.split('\n')
    n, k = map(int, lines[0].split())
    c = Counter(lines[i].split(' ', 1)[0] for i in range(1, n + 1))
    top = sorted(c.items(), key=lambda x: (-x[1], x[0]))[:k]
    return ''.join('%s %d\n' % t for t in top)


def write(folder, name, k, ips):
    d = os.path.join(HERE, '..', 'data', folder)
    os.makedirs(d, exist_ok=True)
    lines = ['%d %d' % (len(ips), k)]
    for i, ip in enumerate(ips):
        lines.append('%s - - [24/Nov/2026:%02d:%02d:%02d +0000] "%s %s HTTP/1.1" %d %d' % (
            ip, i // 3600 % 24, i // 60 % 60, i % 60, rng.choice(['GET', 'GET', 'POST', 'HEAD']),
            rng.choice(['/', '/cart', '/api/items?page=%d' % rng.randint(1, 9), '/login', '/static/app.js']),
            rng.choice([200, 200, 304, 404, 500]), rng.randint(0, 99999)))
    text = '\n'.join(lines) + '\n'
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(text)
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(solve(text))


def write_raw(folder, name, text):
    d = os.path.join(HERE, '..', 'data', folder)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(text)
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(solve(text))


def rand_ip():
    if rng.random() < 0.1:
        return '2001:db8::%x' % rng.randint(0, 0xffff)
    return '%d.%d.%d.%d' % (rng.choice([10, 192, 198, 203]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(0, 255))


def traffic(n, pool, skew):
    ips = [rand_ip() for _ in range(pool)]
    w = [1 / (i + 1) ** skew for i in range(pool)]
    return rng.choices(ips, w, k=n)


write_raw('sample', '01', '''5 2
198.51.100.7 - - [24/Nov/2026:00:00:01 +0000] "GET / HTTP/1.1" 200 812
203.0.113.9 - - [24/Nov/2026:00:00:01 +0000] "GET /login HTTP/1.1" 200 301
198.51.100.7 - - [24/Nov/2026:00:00:02 +0000] "GET /cart HTTP/1.1" 302 0
203.0.113.9 - - [24/Nov/2026:00:00:03 +0000] "POST /login HTTP/1.1" 401 77
10.0.0.1 - - [24/Nov/2026:00:00:04 +0000] "GET /health HTTP/1.1" 200 2
''')
write_raw('sample', '02', '''3 5
10.0.0.9 - - [24/Nov/2026:00:00:01 +0000] "GET / HTTP/1.1" 200 1
2001:db8::1 - - [24/Nov/2026:00:00:02 +0000] "GET / HTTP/1.1" 200 1
10.0.0.10 - - [24/Nov/2026:00:00:03 +0000] "GET / HTTP/1.1" 200 1
''')

write('secret', '01-empty-log', 3, [])
write('secret', '02-single-line', 1, ['127.0.0.1'])
write('secret', '03-k-one-tie', 1, ['10.0.0.9', '10.0.0.10', '10.0.0.9', '10.0.0.10'])
write('secret', '04-string-order-not-numeric', 10, ['10.0.0.%d' % i for i in (1, 2, 10, 11, 100, 20, 3)])
write('secret', '05-k-exceeds-distinct', 100000, ['1.1.1.1', '8.8.8.8', '1.1.1.1'])
write('secret', '06-ipv6-mixed', 3, ['::1', '::1', 'fe80::1', '127.0.0.1', '127.0.0.1', 'fe80::1', '::1'])
write('secret', '07-one-client', 5, ['203.0.113.50'] * 40)
for i in range(8, 13):
    write('secret', '%02d-random-small' % i, rng.randint(1, 6), traffic(rng.randint(1, 50), rng.randint(1, 10), 1.0))
write('secret', '13-random-medium', 10, traffic(3000, 300, 1.0))
write('secret', '14-large-scraper', 20, traffic(12000, 2000, 1.2))
write('secret', '15-large-flat', 1000, traffic(12000, 6000, 0.0))
write('secret', '16-large-ties', 50, [rand_ip() for _ in range(3000)] * 3)
