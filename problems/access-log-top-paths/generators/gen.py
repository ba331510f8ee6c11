#!/usr/bin/env python3
"""Seeded test generator for access-log-top-paths; answers from the reference below."""
import json, os, random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(8)


def solve(lines, k):
    c = Counter(line.split(' ')[1].split('?', 1)[0] for line in lines)
    return sorted(c, key=lambda p: (-c[p], p))[:k]


def write(folder, name, lines, k):
    d = os.path.join(HERE, '..', 'data', folder)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(lines) + '\n' + json.dumps(k) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(lines, k)) + '\n')


METHODS = ['GET'] * 6 + ['POST', 'PUT', 'DELETE', 'PATCH', 'HEAD']


def rand_lines(n, paths, query_p=0.3, skew=1.0):
    weights = [1 / (i + 1) ** skew for i in range(len(paths))]
    out = []
    for p in rng.choices(paths, weights, k=n):
        if rng.random() < query_p:
            p += '?' + rng.choice(['page=%d' % rng.randint(1, 9), 'q=a?b', 'x=1&y=2', ''])
        out.append('%s %s %d %d' % (rng.choice(METHODS), p, rng.choice([200, 200, 201, 204, 301, 404, 500]), rng.randint(0, 5000)))
    return out


def rand_paths(m):
    segs = ['api', 'v1', 'v2', 'users', 'orders', 'cart', 'items', 'health', 'login', 'Search', 'static', 'img']
    ps = set()
    while len(ps) < m:
        p = '/' + '/'.join(rng.choice(segs + [str(rng.randint(1, 500))]) for _ in range(rng.randint(1, 4)))
        if rng.random() < 0.1:
            p += '/'
        ps.add(p)
    ps = sorted(ps)
    rng.shuffle(ps)
    return ps


write('sample', '01', ["GET /api/orders 200 35", "GET /health 200 1", "POST /api/orders 201 80", "GET /api/orders?page=2 200 41",
                       "GET /health 200 2", "GET /login 302 5"], 2)
write('sample', '02', ["GET /b 200 1", "GET /a 500 9", "DELETE /c 204 3"], 5)

write('secret', '01-empty-log', [], 3)
write('secret', '02-single-line', ['GET / 200 0'], 1)
write('secret', '03-k-larger-than-paths', ['GET /x 200 1', 'GET /y 200 1', 'GET /x 404 2'], 100000)
write('secret', '04-query-only-question-mark', ['GET /a? 200 1', 'GET /a 200 1', 'GET /b?x=1 200 1', 'GET /b?? 200 1', 'GET /c 200 1'], 2)
write('secret', '05-case-and-trailing-slash', ['GET /Users 200 1', 'GET /users 200 1', 'GET /users/ 200 1', 'GET /users 200 1', 'GET /Users 200 1'], 3)
write('secret', '06-tie-lexicographic', ['GET /b 200 1', 'GET /a 200 1', 'GET /B 200 1', 'GET /a/b 200 1', 'GET /_ 200 1', 'GET /0 200 1'], 4)
write('secret', '07-k-equals-one-tie', ['GET /zeta 200 1', 'GET /alpha 200 1'], 1)
write('secret', '08-many-methods-same-path', ['%s /r 200 1' % m for m in METHODS] + ['GET /s 200 1'] * 5, 2)
for i in range(9, 14):
    write('secret', '%02d-random-small' % i, rand_lines(rng.randint(5, 60), rand_paths(rng.randint(1, 8))), rng.randint(1, 6))
write('secret', '14-random-medium', rand_lines(3000, rand_paths(200), skew=0.5), 10)
write('secret', '15-large-skewed', rand_lines(25000, rand_paths(3000), skew=1.1), 20)
write('secret', '16-large-flat', rand_lines(25000, rand_paths(15000), skew=0.0), 1000)
write('secret', '17-large-all-distinct', ['GET /p/%d 200 %d' % (i, i % 97) for i in rng.sample(range(10**6), 20000)], 100000)
