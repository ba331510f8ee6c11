#!/usr/bin/env python3
"""Seeded test generator for jwt-shape-check."""
import base64, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(22)
B64 = re.compile(r'^[A-Za-z0-9_-]+$')


def b64d(seg):
    return base64.urlsafe_b64decode(seg + '=' * (-len(seg) % 4))


def solve(token):
    parts = token.split('.')
    if len(parts) != 3:
        return False
    for p in parts:
        if not B64.match(p) or len(p) % 4 == 1:
            return False
    decoded = []
    for p in parts[:2]:
        t = b64d(p).strip(b' \t\n\r')
        if not t or t[:1] != b'{' or t[-1:] != b'}':
            return False
        decoded.append(t)
    h = b64d(parts[0])
    i = h.find(b'"alg"')
    if i < 0:
        return False
    m = re.compile(rb'[ \t\n\r]*:[ \t\n\r]*"([^"]*)"').match(h, i + 5)
    if not m:
        return False
    return m.group(1).lower() != b'none'


def enc(b):
    if isinstance(b, str):
        b = b.encode()
    return base64.urlsafe_b64encode(b).rstrip(b'=').decode()


def tok(header, payload, sig='c2lnbmF0dXJl'):
    return '%s.%s.%s' % (enc(header), enc(payload), sig)


def write(folder, name, token):
    d = os.path.join(HERE, '..', 'data', folder)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(token) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(token)) + '\n')


OK_H = '{"alg":"HS256","typ":"JWT"}'
OK_P = '{"sub":"42"}'
write('sample', '01', 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MiJ9.c2lnbmF0dXJl')
write('sample', '02', 'eyJhbGciOiJub25lIn0.eyJzdWIiOiI0MiJ9.c2ln')

cases = [
    ('empty', ''),
    ('valid-rs256', tok('{"typ":"JWT","alg":"RS256"}', '{"iss":"tryout","exp":1900000000}', 'AbC-_9')),
    ('alg-none-uppercase', tok('{"alg":"NONE"}', OK_P)),
    ('alg-none-mixed-case', tok('{"alg":"nOnE","typ":"JWT"}', OK_P)),
    ('alg-nonetheless-ok', tok('{"alg":"none1"}', OK_P)),
    ('missing-alg', tok('{"typ":"JWT"}', OK_P)),
    ('alg-not-a-string', tok('{"alg":256}', OK_P)),
    ('alg-with-spaces', tok('{ "alg" :\t "ES256" }', OK_P)),
    ('first-alg-wins', tok('{"alg":"none","x":{"alg":"HS256"}}', OK_P)),
    ('two-segments', enc(OK_H) + '.' + enc(OK_P)),
    ('four-segments', tok(OK_H, OK_P) + '.abc'),
    ('empty-signature', tok(OK_H, OK_P, '')),
    ('padding-not-allowed', enc(OK_H) + '.' + base64.urlsafe_b64encode(b'{"a":1}').decode() + '.c2ln'),
    ('standard-base64-chars', tok(OK_H, OK_P, 'ab+/')),
    ('length-mod-4-is-1', tok(OK_H, OK_P, 'abcde')),
    ('payload-is-array', tok(OK_H, '[1,2,3]')),
    ('payload-whitespace-around', tok(OK_H, ' \n{"a":1}\r\n ')),
    ('header-not-json', tok('alg HS256', OK_P)),
    ('payload-just-braces', tok(OK_H, '{}')),
    ('unterminated-alg', tok('{"alg":"HS256}', OK_P)),
    ('alg-empty-string', tok('{"alg":""}', OK_P)),
    ('signature-single-char', tok(OK_H, OK_P, 'A')),
    ('long-valid', tok(OK_H, json.dumps({'roles': ['r%d' % i for i in range(800)]}), enc(bytes(rng.getrandbits(8) for _ in range(256))))),
    ('whitespace-token', '   '),
    ('dot-only', '..'),
    ('bearer-prefix', 'Bearer ' + tok(OK_H, OK_P)),
]
for i, (n, t) in enumerate(cases, 1):
    write('secret', '%02d-%s' % (i, n), t)
