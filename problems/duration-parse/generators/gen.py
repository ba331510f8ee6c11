#!/usr/bin/env python3
"""Seeded test generator for duration-parse."""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(25)
RX = re.compile(r'(?:(\d{1,9})d)?(?:(\d{1,9})h)?(?:(\d{1,9})m)?(?:(\d{1,9})s)?')


def solve(t):
    m = RX.fullmatch(t)
    if not t or not m or not re.fullmatch(r'[0-9dhms]*', t):
        return -1
    d, h, mi, s = (int(x) if x else 0 for x in m.groups())
    return d * 86400 + h * 3600 + mi * 60 + s


def write(folder, name, t):
    d = os.path.join(HERE, '..', 'data', folder)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(t) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(t)) + '\n')


write('sample', '01', '1h30m15s')
write('sample', '02', '30m1h')

cases = ['', '0s', '7d', '90m', '1d2h3m4s', '999999999d', '999999999d999999999h999999999m999999999s', '000000001s',
         '1234567890s', 'h', '10', '1h1h', '1H', ' 1h', '1h ', '-1s', '+1s', '1.5h', '1h30', 's10', '1w', '1d1s',
         '1m1s1s', '5ms', '1hm', '1h0m0s', '١h']
for i, t in enumerate(cases, 1):
    write('secret', '%02d' % i, t)
for i in range(len(cases) + 1, len(cases) + 6):
    parts = [('%d' % rng.randint(0, 10**rng.randint(1, 9) - 1)) + u for u in 'dhms' if rng.random() < 0.6]
    if rng.random() < 0.3 and len(parts) > 1:
        rng.shuffle(parts)
    write('secret', '%02d' % i, ''.join(parts) or '0s')
