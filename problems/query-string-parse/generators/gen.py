#!/usr/bin/env python3
"""Seeded test generator for query-string-parse."""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(14)
HEX = '0123456789abcdefABCDEF'


def decode(s):
    out = bytearray()
    i = 0
    while i < len(s):
        c = s[i]
        if c == '+':
            out += b' '; i += 1
        elif c == '%' and i + 2 < len(s) + 0 and s[i + 1] in HEX and s[i + 2] in HEX:
            out.append(int(s[i + 1:i + 3], 16)); i += 3
        else:
            out += c.encode(); i += 1
    return out.decode('utf-8')


def solve(q):
    params = []
    for piece in q.split('&'):
        if not piece:
            continue
        k, _, v = piece.partition('=')
        params.append((decode(k), decode(v)))
    params.sort(key=lambda p: p[0])  # stable
    return ['%s=%s' % p for p in params]


def write(folder, name, q):
    d = os.path.join(HERE, '..', 'data', folder)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(q) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w', encoding='utf-8') as f:
        f.write(json.dumps(solve(q), ensure_ascii=False) + '\n')


def enc_text(t):
    out = []
    for ch in t:
        if ch == ' ':
            out.append(rng.choice(['+', '%20']))
        elif ch.isalnum() and ch.isascii() and rng.random() < 0.9:
            out.append(ch)
        else:
            out.append(''.join('%%%02' % b if False else ('%%%02X' if rng.random() < 0.5 else '%%%02x') % b for b in ch.encode()))
    return ''.join(out)


WORDS = ['q', 'page', 'sort', 'tag', 'tag', 'filter', 'a b', 'é', 'ü', 'x=y', '+', 'Key', 'key', '日本', '%', 'z']


def rand_query(n, dup=True):
    pieces = []
    for _ in range(n):
        r = rng.random()
        if r < 0.05:
            pieces.append('')
            continue
        k = enc_text(rng.choice(WORDS) if dup else 'k%d' % rng.randint(0, 10**6))
        if r < 0.12:
            pieces.append(k)
            continue
        v = enc_text(''.join(rng.choice('ab 1=é+&%?/') for _ in range(rng.randint(0, 8))))
        if rng.random() < 0.05:
            v += rng.choice(['%', '%4', '%zz', '%%41'])
        pieces.append(k + '=' + v)
    return '&'.join(pieces)


write('sample', '01', 'q=red+shoes&size=42&color=%E2%9C%93&q=boots')
write('sample', '02', '&debug&redirect=%2Fhome%3Fa%3D1&sum=1%2B1=2&pct=100%&&')

write('secret', '01-empty', '')
write('secret', '02-only-ampersands', '&&&')
write('secret', '03-single-key-no-value', 'verbose')
write('secret', '04-empty-key', '=value&=&a=')
write('secret', '05-plus-vs-encoded-plus', 'a=1+2&b=1%2B2&c=%2b+%20')
write('secret', '06-bad-percent', 'a=%&b=%4&c=%G1&d=%4g&e=%%41&f=50%25')
write('secret', '07-stable-duplicates', 'tag=zeta&tag=alpha&Tag=m&tag=beta&a=1')
write('secret', '08-lowercase-hex-utf8', 'name=Jos%c3%a9&city=M%C3%BCnchen&k%C3%A9y=1')
write('secret', '09-encoded-separators', 'a%26b=c%3Dd&a=%26')
write('secret', '10-key-order-by-codepoint', 'b=1&B=2&%C3%A9=3&e=4&_=5&0=6&~=7')
for i in range(11, 16):
    write('secret', '%02d-random' % i, rand_query(rng.randint(1, 30)))
write('secret', '16-large-duplicates', rand_query(7000))
write('secret', '17-large-distinct', rand_query(6000, dup=False))
