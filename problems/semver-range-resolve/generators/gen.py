#!/usr/bin/env python3
"""Seeded test generator for semver-range-resolve. The reference is the accepted Python solution."""
import json, os, random
from typing import List

HERE = os.path.dirname(os.path.abspath(__file__))
ns = {'List': List}
exec(open(os.path.join(HERE, '..', 'submissions', 'accepted', 'resolve.py')).read(), ns)
solve = ns['Solution']().resolveRanges
rng = random.Random(1818)


def write(folder, name, versions, ranges):
    d = os.path.join(HERE, '..', 'data', folder)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(versions, separators=(',', ':')) + '\n' + json.dumps(ranges, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(versions, ranges), separators=(',', ':')) + '\n')


def pre():
    return rng.choice(['alpha', 'beta', 'rc', 'alpha.%d' % rng.randint(0, 3), 'beta.%d' % rng.randint(0, 11), 'rc.%d' % rng.randint(1, 3),
                       str(rng.randint(0, 10)), 'alpha.beta', 'x-y.1', '0.3.7'])


def version(mx, p_pre):
    v = '%d.%d.%d' % (rng.randint(0, mx), rng.randint(0, mx + 2), rng.randint(0, mx + 2))
    return v + ('-' + pre() if rng.random() < p_pre else '')


def versions(n, mx, p_pre):
    out = set()
    while len(out) < n:
        out.add(version(mx, p_pre))
    out = sorted(out)
    rng.shuffle(out)
    return out


def comparator(mx, p_pre):
    r = rng.random()
    v = version(mx, p_pre)
    if r < 0.3:
        return '^' + v
    if r < 0.5:
        return '~' + v
    if r < 0.6:
        return v
    if r < 0.65:
        return '*'
    if r < 0.85:
        lo, hi = sorted([version(mx, p_pre), version(mx, p_pre)], key=lambda s: ns['parse_version'](s))
        return rng.choice(['>=', '>']) + lo + ' ' + rng.choice(['<', '<=']) + hi
    return rng.choice(['>=', '<=', '>', '<', '=']) + v


def rand_range(mx, p_pre):
    return rng.choice([' || ', '||', ' ||  ']).join(comparator(mx, p_pre) for _ in range(rng.choice([1, 1, 1, 2, 3])))


write('sample', '01', ['1.2.3', '1.4.0', '1.4.1', '2.0.0', '2.1.0-beta.1'], ['^1.2.3', '~1.4.0', '^2.0.0', '>=3.0.0'])
write('sample', '02', ['0.2.3', '0.2.9', '0.3.0', '1.0.0-rc.1', '1.0.0-rc.2', '1.0.0'], ['^0.2.3', '^1.0.0-rc.1', '>=0.3.0 <1.0.0', '<0.2.5 || ~0.3.0'])

write('secret', '01-no-versions', [], ['*', '^1.0.0'])
write('secret', '02-no-ranges', ['1.0.0'], [])
write('secret', '03-caret-zero-major', ['0.0.3', '0.0.4', '0.1.0', '0.1.9', '0.2.0', '1.0.0'], ['^0.0.3', '^0.1.2', '^0.0.0', '^0.2.0', '^1.0.0'])
write('secret', '04-tilde', ['1.2.3', '1.2.9', '1.3.0', '0.0.9', '0.1.0'], ['~1.2.3', '~1.2.10', '~0.0.1', '~1.3.0'])
write('secret', '05-star-skips-prerelease', ['1.0.0', '2.0.0-alpha', '1.5.0-rc.1'], ['*', '>=1.0.0', '>1.0.0'])
write('secret', '06-prerelease-order', ['1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1'],
      ['>=1.0.0-alpha', '<1.0.0-beta.11 >=1.0.0-alpha', '<=1.0.0-beta.2 >1.0.0-alpha', '<1.0.0-alpha.beta >=1.0.0-alpha', '=1.0.0-alpha.1', '<1.0.0-alpha >=1.0.0-0'])
write('secret', '07-prerelease-needs-same-tuple', ['1.2.3-beta.5', '1.2.4-beta.1', '1.2.3', '2.0.0-rc.1'], ['^1.2.3-beta.2', '~1.2.3-beta.2', '>=1.2.3-beta.2 <1.2.3', '^1.2.3', '>1.2.3 <2.0.0-rc.2'])
write('secret', '08-numeric-vs-alpha-ids', ['1.0.0-1', '1.0.0-2', '1.0.0-10', '1.0.0-a', '1.0.0-a.1'], ['<=1.0.0-a.1 >=1.0.0-0', '<1.0.0-a >=1.0.0-0', '<1.0.0-10 >=1.0.0-0', '>1.0.0-1 <1.0.0-2'])
write('secret', '09-numeric-compare', ['1.10.0', '1.9.0', '1.2.0', '10.0.0', '9.9.9'], ['^1.0.0', '<10.0.0', '>=9.10.0', '~1.9.0'])
write('secret', '10-or-sets', ['1.0.0', '2.0.0', '3.0.0'], ['^1.0.0 || ^3.0.0', '<1.0.0 || >2.0.0 <3.0.0', '=2.0.0||=1.0.0', '>=4.0.0 || =0.0.1'])
write('secret', '11-exact', ['1.0.0', '1.0.0-rc.1'], ['1.0.0', '=1.0.0-rc.1', '1.0.1', '1.0.0-rc.2'])
for i in range(12, 18):
    write('secret', '%02d-random-small' % i, versions(rng.randint(3, 15), 2, 0.3), [rand_range(2, 0.3) for _ in range(rng.randint(3, 12))])
write('secret', '18-random-medium', versions(300, 5, 0.3), [rand_range(5, 0.3) for _ in range(200)])
write('secret', '19-large', versions(1000, 9, 0.25), [rand_range(9, 0.25) for _ in range(300)])
