#!/usr/bin/env python3
"""Seeded test generator for etag-precondition. The reference is the accepted Python solution."""
import json, os, random
from typing import List

HERE = os.path.dirname(os.path.abspath(__file__))
ns = {'List': List}
exec(open(os.path.join(HERE, '..', 'submissions', 'accepted', 'etag.py')).read(), ns)
solve = ns['Solution']().evaluateRequests
rng = random.Random(1515)
METHODS = ['GET', 'HEAD', 'PUT', 'DELETE', 'PATCH', 'POST']
OPAQUE = ['v1', 'v2', 'abc', '33a64df5', 'ABC', '']


def write(folder, name, reqs):
    d = os.path.join(HERE, '..', 'data', folder)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(reqs, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(reqs), separators=(',', ':')) + '\n')


def tag():
    return ('W/' if rng.random() < 0.3 else '') + '"' + rng.choice(OPAQUE) + '"'


def header():
    r = rng.random()
    if r < 0.45:
        return ''
    if r < 0.55:
        return '*'
    return rng.choice([',', ', ', ' , ']).join(tag() for _ in range(rng.randint(1, 3)))


def rand_req():
    current = '' if rng.random() < 0.15 else tag()
    return [rng.choice(METHODS), current, header(), header()]


write('sample', '01', [['GET', '"v2"', '', '"v1", "v2"'], ['GET', '"v3"', '', '"v1", "v2"'], ['PUT', '"v3"', '"v2"', ''], ['PUT', '"v3"', '"v3"', '']])
write('sample', '02', [['PUT', '', '', '*'], ['PUT', '"v1"', '', '*'], ['GET', 'W/"v1"', '', '"v1"'], ['DELETE', 'W/"v1"', '"v1"', ''], ['DELETE', '', '*', '']])

write('secret', '01-empty-batch', [])
write('secret', '02-no-preconditions', [[m, '"x"', '', ''] for m in METHODS] + [[m, '', '', ''] for m in METHODS])
write('secret', '03-if-match-star', [[m, c, '*', ''] for m in ('GET', 'PUT', 'DELETE') for c in ('"x"', 'W/"x"', '')])
write('secret', '04-if-none-match-star', [[m, c, '', '*'] for m in ('GET', 'HEAD', 'PUT', 'POST') for c in ('"x"', '')])
write('secret', '05-strong-vs-weak-if-match', [['PUT', '"x"', 'W/"x"', ''], ['PUT', 'W/"x"', '"x"', ''], ['PUT', 'W/"x"', 'W/"x"', ''], ['PUT', '"x"', '"x"', '']])
write('secret', '06-weak-if-none-match', [['GET', '"x"', '', 'W/"x"'], ['GET', 'W/"x"', '', '"x"'], ['HEAD', 'W/"x"', '', 'W/"x"'], ['PATCH', 'W/"x"', '', 'W/"x"']])
write('secret', '07-if-match-first', [['GET', '"x"', '"y"', '"x"'], ['GET', '"x"', '"x"', '"x"'], ['PUT', '"x"', '"x"', '"y"'], ['DELETE', '', '"x"', '*']])
write('secret', '08-list-spacing', [['GET', '"b"', '', '"a" ,  "b"'], ['PUT', '"c"', '"a",W/"c", "c"', ''], ['PUT', '"c"', ' "a" , "b" ', '']])
write('secret', '09-case-and-empty-opaque', [['GET', '"ABC"', '', '"abc"'], ['GET', '""', '', '""'], ['PUT', '""', '""', ''], ['PUT', '"abc"', '"ABC"', '']])
write('secret', '10-missing-resource-lists', [['GET', '', '"x"', ''], ['GET', '', '', '"x"'], ['PUT', '', '', '"x"'], ['PATCH', '', '', '*']])
for i in range(11, 16):
    write('secret', '%02d-random-small' % i, [rand_req() for _ in range(rng.randint(5, 30))])
write('secret', '16-random-large', [rand_req() for _ in range(3000)])
