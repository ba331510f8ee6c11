#!/usr/bin/env python3
"""Seeded test generator for cidr-allowlist. The reference is the accepted Python solution."""
import json, os, random
from typing import List

HERE = os.path.dirname(os.path.abspath(__file__))
ns = {'List': List}
exec(open(os.path.join(HERE, '..', 'submissions', 'accepted', 'allowlist.py')).read(), ns)
solve = ns['Solution']().checkAllowlist
rng = random.Random(1111)


def write(folder, name, cidrs, ips):
    d = os.path.join(HERE, '..', 'data', folder)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(cidrs, separators=(',', ':')) + '\n' + json.dumps(ips, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(cidrs, ips), separators=(',', ':')) + '\n')


def ip(v):
    return '.'.join(str((v >> s) & 255) for s in (24, 16, 8, 0))


def rand_cidr(lo_bits, hi_bits, space=0):
    bits = rng.randint(lo_bits, hi_bits)
    v = rng.getrandbits(32) if not space else (space | rng.getrandbits(16))
    return '%s/%d' % (ip(v), bits)


def near_ips(cidrs, n, space=0):
    out = []
    for _ in range(n):
        if cidrs and rng.random() < 0.6:
            addr, bits = rng.choice(cidrs).split('/')
            a, b, c, d = map(int, addr.split('.'))
            base = (a << 24) | (b << 16) | (c << 8) | d
            size = 1 << (32 - int(bits))
            lo = base & ~(size - 1)
            v = rng.choice([lo, lo + size - 1, lo - 1, lo + size, lo + rng.randint(0, size - 1)]) % (1 << 32)
        else:
            v = rng.getrandbits(32) if not space else (space | rng.getrandbits(16))
        out.append(ip(v))
    return out


write('sample', '01', ['10.0.0.0/8', '192.168.1.0/24'], ['10.1.2.3', '192.168.1.255', '192.168.2.1', '11.0.0.0'])
write('sample', '02', ['203.0.113.77/28', '198.51.100.7/32'], ['203.0.113.64', '203.0.113.79', '203.0.113.80', '198.51.100.7', '198.51.100.8'])

write('secret', '01-no-blocks', [], ['1.2.3.4', '0.0.0.0'])
write('secret', '02-no-ips', ['10.0.0.0/8'], [])
write('secret', '03-everything', ['0.0.0.0/0'], ['0.0.0.0', '255.255.255.255', '127.0.0.1'])
write('secret', '04-slash-zero-host-bits', ['123.45.67.89/0'], ['0.0.0.0', '200.1.1.1'])
write('secret', '05-host-bits-masked', ['10.1.2.3/8', '172.16.5.4/12', '192.168.1.77/25'], ['10.0.0.0', '10.255.255.255', '172.31.255.255', '172.32.0.0', '192.168.1.0', '192.168.1.127', '192.168.1.128'])
write('secret', '06-single-hosts', ['1.1.1.1/32', '255.255.255.255/32', '0.0.0.0/32'], ['1.1.1.1', '1.1.1.0', '1.1.1.2', '255.255.255.255', '0.0.0.0', '0.0.0.1'])
write('secret', '07-nested-and-adjacent', ['10.0.0.0/24', '10.0.1.0/24', '10.0.0.128/25', '10.0.2.0/23', '10.0.5.0/24'], ['10.0.0.0', '10.0.1.255', '10.0.3.255', '10.0.4.0', '10.0.4.255', '10.0.5.0', '10.0.6.0'])
write('secret', '08-top-of-space', ['255.255.255.0/24', '128.0.0.0/1'], ['255.255.255.255', '127.255.255.255', '128.0.0.0', '255.0.0.0'])
for i in range(9, 14):
    cidrs = [rand_cidr(0 if rng.random() < 0.05 else 8, 32) for _ in range(rng.randint(1, 8))]
    write('secret', '%02d-random-small' % i, cidrs, near_ips(cidrs, rng.randint(5, 30)))
cidrs = [rand_cidr(16, 32) for _ in range(500)]
write('secret', '14-random-medium', cidrs, near_ips(cidrs, 2000))
cidrs = [rand_cidr(20, 32) for _ in range(20000)]
write('secret', '15-large-many-blocks', cidrs, near_ips(cidrs, 20000))
cidrs = [rand_cidr(26, 32, 10 << 24) for _ in range(15000)]
write('secret', '16-large-one-subnet', cidrs, near_ips(cidrs, 15000, 10 << 24))
