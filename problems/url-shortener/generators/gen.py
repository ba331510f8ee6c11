#!/usr/bin/env python3
"""Seeded test generator for url-shortener; answers from the reference model below."""
import json, os, random, string

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(6)
ALPHA = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'


def b62(n):
    s = ''
    while n:
        n, r = divmod(n, 62)
        s = ALPHA[r] + s
    return s.rjust(6, '0')


def solve(ops, args):
    out, by_url, by_code = [], {}, {}
    for op, a in zip(ops, args):
        if op == 'UrlShortener':
            out.append(None)
        elif op == 'encode':
            if a[0] not in by_url:
                code = b62(len(by_url) + 1)
                by_url[a[0]] = code; by_code[code] = a[0]
            out.append(by_url[a[0]])
        else:
            out.append(by_code.get(a[0], ''))
    return out


def write(folder, name, ops, args):
    d = os.path.join(HERE, '..', 'data', folder)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(ops, separators=(',', ':')) + '\n' + json.dumps(args, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(ops, args), separators=(',', ':')) + '\n')


def seq(calls):
    return ['UrlShortener'] + [c[0] for c in calls], [[]] + [[c[1]] for c in calls]


def rand_url():
    host = rng.choice(['shop.example', 'docs.example.org', 'api.example.net', 'a.b'])
    path = '/'.join(''.join(rng.choice(string.ascii_lowercase + '-') for _ in range(rng.randint(1, 10))) for _ in range(rng.randint(0, 4)))
    url = 'https://%s/%s' % (host, path)
    if rng.random() < 0.4:
        url += '?id=%d&ref=%s' % (rng.randint(0, 10**6), rng.choice(['mail', 'x', 'Mail', '%20q']))
    return url


def rand_case(n, pool_size):
    pool = [rand_url() for _ in range(pool_size)]
    calls, issued = [], 0
    for _ in range(n):
        r = rng.random()
        if r < 0.5:
            url = rng.choice(pool)
            calls.append(('encode', url))
        elif r < 0.8:
            calls.append(('decode', b62(rng.randint(1, pool_size + 3))))
        else:
            # near-miss codes: wrong length, wrong case, random junk
            c = b62(rng.randint(1, pool_size + 3))
            kind = rng.randint(0, 3)
            if kind == 0:
                c = c.lstrip('0')
            elif kind == 1:
                c = '0' + c
            elif kind == 2:
                c = c.swapcase()
            else:
                c = ''.join(rng.choice(ALPHA) for _ in range(rng.randint(0, 10)))
            calls.append(('decode', c))
    return seq(calls)


write('sample', '01', *seq([('encode', 'https://shop.example/spring-sale?utm=mail'), ('encode', 'https://shop.example/'),
                            ('decode', '000002'), ('encode', 'https://shop.example/spring-sale?utm=mail'),
                            ('decode', '000001'), ('decode', '000003')]))
write('sample', '02', *seq([('decode', '000001'), ('encode', 'a'), ('decode', '1'), ('decode', '000001')]))

write('secret', '01-decode-empty-table', *seq([('decode', '000000'), ('decode', ''), ('decode', 'zzzzzz')]))
write('secret', '02-single-encode', *seq([('encode', 'https://x.example/a')]))
write('secret', '03-same-url-many-times', *seq([('encode', 'u')] * 10 + [('decode', '000001'), ('decode', '000002')]))
write('secret', '04-case-and-slash-differ', *seq([('encode', 'https://a.b/X'), ('encode', 'https://a.b/x'), ('encode', 'https://a.b/x/'),
                                                  ('encode', 'HTTPS://a.b/x'), ('decode', '000003'), ('decode', '000004')]))
# Crossing digit boundaries: 9 -> a, z -> A, Z -> 10.
write('secret', '05-alphabet-order', *seq([('encode', 'u%d' % i) for i in range(1, 64)] + [('decode', c) for c in ['000009', '00000a', '00000z', '00000A', '00000Z', '000010', '000011']]))
write('secret', '06-case-sensitive-codes', *seq([('encode', 'u%d' % i) for i in range(1, 40)] + [('decode', '00000b'), ('decode', '00000B'), ('decode', '00000C')]))
write('secret', '07-non-canonical-codes', *seq([('encode', 'only')] + [('decode', c) for c in ['1', '01', '00001', '0000001', '000001 ', ' 000001', '000001']]))
write('secret', '08-long-url', *seq([('encode', 'https://e.example/' + 'q' * 1980), ('encode', 'https://e.example/' + 'q' * 1979), ('decode', '000002')]))
write('secret', '09-special-chars', *seq([('encode', 'https://x.example/?q="a b"&r=<c>#frag'), ('encode', "x'\\y"), ('decode', '000001'), ('decode', '000002')]))
for i in range(10, 14):
    write('secret', '%02d-random-small' % i, *rand_case(rng.randint(20, 80), rng.randint(3, 20)))
write('secret', '14-past-62-squared', *seq([('encode', 'p%d' % i) for i in range(1, 4000)] + [('decode', b62(n)) for n in (61, 62, 3843, 3844, 3845, 3999, 4000)]))
write('secret', '15-large-random', *rand_case(20000, 9000))
write('secret', '16-large-mostly-new', *rand_case(20000, 16000))
