#!/usr/bin/env python3
"""Seeded test generator for semver-compare."""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(12)


def key(v):
    v = v.split('+', 1)[0]
    core, _, pre = v.partition('-')
    nums = tuple(int(x) for x in core.split('.'))
    if not pre:
        return nums, (1,)
    ids = tuple((0, int(x), '') if x.isdigit() else (1, 0, x) for x in pre.split('.'))
    return nums, (0, ids)


def solve(a, b):
    ka, kb = key(a), key(b)
    return (ka > kb) - (ka < kb)


def write(folder, name, a, b):
    d = os.path.join(HERE, '..', 'data', folder)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(a) + '\n' + json.dumps(b) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(a, b)) + '\n')


write('sample', '01', '1.10.0', '1.9.3')
write('sample', '02', '2.0.0-rc.2', '2.0.0-rc.10+build.5')

cases = [
    ('equal', '1.2.3', '1.2.3'),
    ('zero-versions', '0.0.0', '0.0.1'),
    ('major-wins', '2.0.0', '1.999.999'),
    ('minor', '1.2.0', '1.11.0'),
    ('patch-big-numbers', '1000000000.0.1000000000', '1000000000.0.999999999'),
    ('release-beats-prerelease', '1.0.0', '1.0.0-rc.1'),
    ('prefix-prerelease-shorter-loses', '1.0.0-alpha', '1.0.0-alpha.1'),
    ('numeric-below-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta'),
    ('ascii-case', '1.0.0-Beta', '1.0.0-alpha'),
    ('numeric-ids', '1.0.0-beta.11', '1.0.0-beta.2'),
    ('build-ignored', '1.0.0+build.1', '1.0.0+zzz'),
    ('build-ignored-prerelease', '1.0.0-rc.1+a', '1.0.0-rc.1+b.2'),
    ('hyphen-in-identifier', '1.0.0-x-y', '1.0.0-x'),
    ('digits-with-hyphen-not-numeric', '1.0.0-1-2', '1.0.0-999'),
    ('alnum-vs-numeric-like', '1.0.0-0a', '1.0.0-10'),
    ('lexical-not-numeric', '1.0.0-a10', '1.0.0-a9'),
    ('spec-chain-1', '1.0.0-alpha.beta', '1.0.0-beta'),
    ('spec-chain-2', '1.0.0-rc.1', '1.0.0-beta.11'),
    ('prerelease-numeric-zero', '1.0.0-0', '1.0.0-0.0'),
]
for i, (n, a, b) in enumerate(cases, 1):
    write('secret', '%02d-%s' % (i, n), a, b)


def rand_version():
    core = '.'.join(str(rng.choice([0, 1, 2, 10, rng.randint(0, 20)])) for _ in range(3))
    if rng.random() < 0.6:
        ids = []
        for _ in range(rng.randint(1, 4)):
            ids.append(rng.choice(['alpha', 'beta', 'rc', 'Beta', 'x-1', str(rng.randint(0, 12)), '0a']))
        core += '-' + '.'.join(ids)
    if rng.random() < 0.3:
        core += '+' + rng.choice(['build.5', 'sha.abc123', '001'])
    return core


for i in range(len(cases) + 1, len(cases) + 9):
    a = rand_version()
    b = a if rng.random() < 0.3 else rand_version()
    if rng.random() < 0.5 and '-' in a:
        b = a.split('+')[0] + '.' + rng.choice(['1', 'a'])
    write('secret', '%02d-random' % i, a, b)
