#!/usr/bin/env python3
"""Seeded test generator for json-path-lookup.

The reference scans the raw text (like the accepted solutions); on every test it is cross-checked
against a json.loads/json.dumps model, which is valid under the statement's constraints.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(7)
WS = ' \t\n\r'


def skip_ws(s, i):
    while i < len(s) and s[i] in WS:
        i += 1
    return i


def skip_string(s, i):  # s[i] == '"'; returns index after the closing quote
    i += 1
    while s[i] != '"':
        i += 2 if s[i] == '\\' else 1
    return i + 1


def skip_value(s, i):
    i = skip_ws(s, i)
    c = s[i]
    if c == '"':
        return skip_string(s, i)
    if c in '{[':
        depth = 0
        while True:
            c = s[i]
            if c == '"':
                i = skip_string(s, i); continue
            if c in '{[':
                depth += 1
            elif c in '}]':
                depth -= 1
                if depth == 0:
                    return i + 1
            i += 1
    while i < len(s) and s[i] not in ',]}' + WS:
        i += 1
    return i


def minify(t):
    out, i = [], 0
    while i < len(t):
        if t[i] == '"':
            j = skip_string(t, i); out.append(t[i:j]); i = j
        elif t[i] in WS:
            i += 1
        else:
            out.append(t[i]); i += 1
    return ''.join(out)


def segments(path):
    return [(m.group(1), None) if m.group(1) is not None else (None, int(m.group(2)))
            for m in re.finditer(r'\.([A-Za-z_][A-Za-z0-9_-]*)|\[(\d+)\]', path[1:])]


def solve(doc, path):
    pos = skip_ws(doc, 0)
    for key, idx in segments(path):
        if key is not None:
            if doc[pos] != '{':
                return 'null'
            i = skip_ws(doc, pos + 1)
            if doc[i] == '}':
                return 'null'
            while True:
                i = skip_ws(doc, i)
                end = skip_string(doc, i)
                k = doc[i + 1:end - 1]
                i = skip_ws(doc, end) + 1  # past ':'
                v = skip_ws(doc, i)
                if k == key:
                    pos = v; break
                i = skip_ws(doc, skip_value(doc, v))
                if doc[i] == '}':
                    return 'null'
                i += 1
        else:
            if doc[pos] != '[':
                return 'null'
            i = skip_ws(doc, pos + 1)
            if doc[i] == ']':
                return 'null'
            k = 0
            while True:
                v = skip_ws(doc, i)
                if k == idx:
                    pos = v; break
                i = skip_ws(doc, skip_value(doc, v))
                if doc[i] == ']':
                    return 'null'
                i += 1; k += 1
    return minify(doc[pos:skip_value(doc, pos)])


def model(doc, path):
    v = json.loads(doc)
    for key, idx in segments(path):
        if key is not None:
            if not isinstance(v, dict) or key not in v:
                return 'null'
            v = v[key]
        else:
            if not isinstance(v, list) or idx >= len(v):
                return 'null'
            v = v[idx]
    return json.dumps(v, separators=(',', ':'))


def write(folder, name, doc, path):
    d = os.path.join(HERE, '..', 'data', folder)
    os.makedirs(d, exist_ok=True)
    ans = solve(doc, path)
    assert ans == model(doc, path), (name, ans, model(doc, path))
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(doc) + '\n' + json.dumps(path) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(ans) + '\n')


KEYS = ['id', 'name', 'items', 'data', 'meta', 'user', 'tags', 'price', 'qty', 'a', 'b', 'c', 'x_1', 'next-page', '_links']


def rand_str():
    chars = 'abcdefgh XYZ019-_/:.,{}[]"\\'
    s = ''.join(rng.choice(chars) for _ in range(rng.randint(0, 12)))
    return json.dumps(s)  # escapes only " and \ (all printable ASCII)


def ws(pretty):
    if not pretty:
        return ''
    return rng.choice(['', ' ', '\n  ', '\t', ' \r\n '])


def rand_value(depth, pretty, width):
    r = rng.random()
    if depth <= 0 or r < 0.3:
        kind = rng.randint(0, 5)
        if kind == 0:
            return str(rng.randint(-10**15, 10**15))
        if kind == 1:
            return str(rng.randint(-100, 100))
        if kind == 2:
            return rng.choice(['true', 'false', 'null'])
        return rand_str()
    if r < 0.65:
        keys = rng.sample(KEYS, rng.randint(0, min(width, len(KEYS))))
        parts = ['%s"%s"%s:%s%s%s' % (ws(pretty), k, ws(pretty), ws(pretty), rand_value(depth - 1, pretty, width), ws(pretty)) for k in keys]
        return '{' + ','.join(parts) + ws(pretty) + '}'
    parts = [ws(pretty) + rand_value(depth - 1, pretty, width) + ws(pretty) for _ in range(rng.randint(0, width))]
    return '[' + ','.join(parts) + ws(pretty) + ']'


def rand_path(doc, valid_bias=0.8):
    v = json.loads(doc)
    path = '$'
    for _ in range(rng.randint(0, 8)):
        if rng.random() > valid_bias:
            path += rng.choice(['.%s' % rng.choice(KEYS), '[%d]' % rng.randint(0, 5)])
            if rng.random() < 0.5:
                break
            continue
        if isinstance(v, dict) and v:
            k = rng.choice(list(v)); path += '.' + k; v = v[k]
        elif isinstance(v, list) and v:
            i = rng.randrange(len(v)); path += '[%d]' % i; v = v[i]
        else:
            break
    return path


ORDER = '''{
  "order": {
    "id": 7421,
    "items": [
      {"sku": "A-100", "qty": 2, "tags": ["gift", "fragile"]},
      {"sku": "B-200", "qty": 1, "tags": []}
    ],
    "note": null
  }
}'''
write('sample', '01', ORDER, '$.order.items[0].tags')
write('sample', '02', ORDER, '$.order.items[2].sku')

write('secret', '01-root', '  { "a" : [ 1 , 2 ] ,\n "b": "x y" }  ', '$')
write('secret', '02-root-scalar', ' 42 ', '$')
write('secret', '03-key-on-scalar', '42', '$.a')
write('secret', '04-index-on-object', '{"a":{"b":1}}', '$.a[0]')
write('secret', '05-key-on-array', '[{"a":1}]', '$.a')
write('secret', '06-empty-containers', '{"a":{},"b":[]}', '$.a.x')
write('secret', '07-empty-array-index', '{"a":{},"b":[]}', '$.b[0]')
write('secret', '08-value-is-null', '{"a":null}', '$.a')
write('secret', '09-string-with-brackets', '{"a" : "} ] , { \\" [", "b" : {"c" : "\\\\"}}', '$.b')
write('secret', '10-whitespace-in-strings-kept', '{"msg": "  two  spaces\\t"  ,  "n" :\n -5}', '$.msg')
write('secret', '11-prefix-keys', '{"ab": 1, "a": 2, "abc": 3}', '$.a')
write('secret', '12-large-index', '[0,1,2]', '$[1000000000]')
write('secret', '13-nested-arrays', '[[1,[2,[3,[4]]]],[ ]]', '$[0][1][1][1]')
write('secret', '14-booleans-and-negatives', '{"flags":[true,false,null,0,-17]}', '$.flags')
for i in range(15, 22):
    doc = rand_value(5, i % 2 == 0, 5)
    while doc[0] not in '{[':
        doc = rand_value(5, True, 5)
    write('secret', '%02d-random' % i, doc, rand_path(doc, 1.0 if i < 19 else 0.7))
# Large documents: the answer is a big subtree or a deep scalar.
big = rand_value(8, True, 8)
while not 150000 <= len(big) <= 700000 or big[0] != '{':
    big = rand_value(8, True, 8)
write('secret', '22-large-pretty', big, rand_path(big, 1.0))
big2 = rand_value(8, False, 8)
while not 100000 <= len(big2) <= 600000 or big2[0] != '[':
    big2 = rand_value(8, False, 8)
v = json.loads(big2)
write('secret', '23-large-last-element', big2, '$[%d]' % (len(v) - 1))
top = json.loads(big)
k = max(top, key=lambda key: len(json.dumps(top[key])))
write('secret', '26-large-subtree', big, '$.' + k)
deep = '{"a":' * 500 + '"bottom"' + '}' * 500
write('secret', '24-deep-nesting', deep, '$' + '.a' * 500)
write('secret', '25-deep-nesting-subtree', deep, '$' + '.a' * 498)
