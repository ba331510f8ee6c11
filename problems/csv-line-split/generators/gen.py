#!/usr/bin/env python3
"""Seeded test generator for csv-line-split. The reference is the accepted Python solution."""
import json, os, random
from typing import List

HERE = os.path.dirname(os.path.abspath(__file__))
ns = {'List': List}
exec(open(os.path.join(HERE, '..', 'submissions', 'accepted', 'csv.py')).read(), ns)
solve = ns['Solution']().splitCsvLines
rng = random.Random(1616)
WORDS = ['id', '42', 'Smith, John', 'say "hi"', '', ' ', 'a""b', 'x', '3.14', 'O\'Neil', 'new\\nline', ',', '"', 'tab\tsep']


def write(folder, name, lines):
    d = os.path.join(HERE, '..', 'data', folder)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(lines, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(lines), separators=(',', ':')) + '\n')


def field(v):
    if ',' in v or '"' in v or rng.random() < 0.3:
        if '"' in v or ',' in v or rng.random() < 0.9:
            return '"' + v.replace('"', '""') + '"'
    return v


def rand_line(n):
    line = ','.join(field(rng.choice(WORDS)) for _ in range(n))
    r = rng.random()
    if r < 0.08:
        line += '"'
    elif r < 0.14:
        line = line.replace('",', '"x,', 1)
    elif r < 0.18:
        line = line.replace('""', '"', 1)
    return line


write('sample', '01', ['id,name,city', '7,"Smith, John",Berlin', '8,"She said ""hi""",'])
write('sample', '02', ['', ',', 'a,"unterminated', '"x"y,z', 'plain "quotes" inside,b'])

write('secret', '01-empty-list', [])
write('secret', '02-single-fields', ['a', '""', '""""', '" "', ' '])
write('secret', '03-empty-fields', [',,', '"",""', ',"",', '"",'])
write('secret', '04-commas-in-quotes', ['",",","', '"a,b,c"', '",,,"'])
write('secret', '05-escaped-quotes', ['"""a"""', '"a""b""c"', '""""""', '"x""",y'])
write('secret', '06-malformed', ['"', '"abc', 'a,"b', '"a"b', '"a" ,b', 'a,"b"c,d', '"a""'])
write('secret', '07-quotes-mid-field', ['a"b,c', 'a""b', 'x,y"', ' "a",b', 'a,b "c"'])
write('secret', '08-spaces-kept', ['  a  ,  b  ', '" a ", b ', ' , '])
for i in range(9, 15):
    write('secret', '%02d-random-small' % i, [rand_line(rng.randint(1, 6)) for _ in range(rng.randint(3, 15))])
write('secret', '15-random-medium', [rand_line(rng.randint(1, 10)) for _ in range(500)])
write('secret', '16-random-large', [rand_line(rng.randint(1, 30)) for _ in range(2000)])
write('secret', '17-long-line', [','.join(field(rng.choice(WORDS)) for _ in range(5000))])
