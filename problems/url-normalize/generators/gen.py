#!/usr/bin/env python3
"""Seeded test generator for url-normalize. The reference is the accepted Python solution."""
import json, os, random
from typing import List

HERE = os.path.dirname(os.path.abspath(__file__))
ns = {'List': List}
exec(open(os.path.join(HERE, '..', 'submissions', 'accepted', 'normalize.py')).read(), ns)
solve = ns['Solution']().normalizeUrls
rng = random.Random(1010)


def write(folder, name, urls):
    d = os.path.join(HERE, '..', 'data', folder)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(urls, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(urls), separators=(',', ':')) + '\n')


def pct(c):
    h = '%02x' % ord(c)
    return '%' + (h.upper() if rng.random() < 0.5 else h)


def seg():
    r = rng.random()
    if r < 0.15:
        return '.'
    if r < 0.3:
        return '..'
    if r < 0.35:
        return ''
    if r < 0.42:
        return rng.choice(['%2E', '%2e', '.%2E', '%2e%2E'])
    word = rng.choice(['api', 'v1', 'Users', 'a b', 'caf\u00e9'[:3], 'x~y', 'a-b_c', 'docs', 'r\u00e9sum\u00e9'[:1], '2024'])
    return ''.join(pct(c) if (c == ' ' or rng.random() < 0.2) else c for c in word)


def rand_url():
    scheme = rng.choice(['http', 'https', 'HTTP', 'Https'])
    host = rng.choice(['example.com', 'API.Example.COM', 'localhost', '10.0.0.1', 'my-host.internal'])
    port = rng.choice(['', '', ':', ':80', ':443', ':8080', ':080', ':0443', ':65535'])
    path = ''.join('/' + seg() for _ in range(rng.randint(0, 6)))
    if rng.random() < 0.1:
        path += '/'
    query = ''
    if rng.random() < 0.4:
        query = '?' + rng.choice(['', 'q=a%2fb', 'x=%7e%41', 'a=1&b=../c', 'p=%20', 'k=%zz'.replace('%zz', '%3d')])
    frag = '#' + rng.choice(['', 'top', 'a/../b']) if rng.random() < 0.3 else ''
    return scheme + '://' + host + port + path + query + frag


write('sample', '01', ['HTTP://Example.COM:80/a/./b/../c', 'https://example.com:8443'])
write('sample', '02', ['http://example.com/%7euser/%2Fdocs%2f?q=%6a%2a#frag', 'https://shop.example:443/a/%2E%2E/b/..'])

write('secret', '01-empty-list', [])
write('secret', '02-root', ['http://a', 'http://a/', 'https://A:443', 'http://a:', 'http://a?x', 'http://a#f'])
write('secret', '03-default-ports', ['http://a:443/', 'https://a:80/', 'http://a:0080/', 'https://a:00443/x', 'http://a:8080/'])
write('secret', '04-dots-above-root', ['http://a/../../x', 'http://a/./../.', 'http://a/..', 'http://a/.'])
write('secret', '05-trailing-dots', ['http://a/b/c/.', 'http://a/b/c/..', 'http://a/b/c/./', 'http://a/b/c/../'])
write('secret', '06-empty-segments', ['http://a//b//../c', 'http://a///', 'http://a/b//.//'])
write('secret', '07-percent-case', ['http://a/%3a%3A%2f%2F%20', 'http://a/%41%5A%61%7A%30%39%2D%2E%5F%7E', 'http://a/%25%2541'])
write('secret', '08-encoded-dots', ['http://a/b/%2E%2E/c', 'http://a/b/%2e/c', 'http://a/b/.%2e/c/%2E./d', 'http://a/b/%2E%2E%2F/c'])
write('secret', '09-query-untouched', ['http://a/p?x=../y&z=./w', 'http://a/p?%7e=%2f', 'http://a/p?', 'http://a?q=1#x?y'])
write('secret', '10-dots-in-names', ['http://a/.../b', 'http://a/..a/b', 'http://a/a../b', 'http://a/.hidden/./x'])
for i in range(11, 16):
    write('secret', '%02d-random-small' % i, [rand_url() for _ in range(rng.randint(3, 20))])
write('secret', '16-random-large', [rand_url() for _ in range(3000)])
