#!/usr/bin/env python3
"""Seeded generator for glob-route-match: edge cases, route-like paths and adversarial star patterns
(length 2000) that make plain backtracking exponential; reference O(n*m) row-by-row DP."""
import json, os, random

random.seed(20240611)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PATH_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789/-._'


def solve(path, pattern):
    # prev[i]: does the pattern prefix read so far match path[:i]?
    n = len(path)
    prev = [True] + [False] * n
    for c in pattern:
        cur = [False] * (n + 1)
        if c == '*':
            seen = False
            for i in range(n + 1):
                seen = seen or prev[i]
                cur[i] = seen
        else:
            for i in range(1, n + 1):
                cur[i] = prev[i - 1] and (c == '?' or c == path[i - 1])
        prev = cur
    return prev[n]


def check(path, pattern):
    assert len(path) <= 2000 and len(pattern) <= 2000, (len(path), len(pattern))
    assert all(ch in PATH_CHARS for ch in path)
    assert all(ch in PATH_CHARS + '?*' for ch in pattern)


def write(group, name, path, pattern, expect=None):
    check(path, pattern)
    ans = solve(path, pattern)
    if expect is not None:
        assert ans == expect, (name, ans)
    d = os.path.join(ROOT, 'data', group)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(path) + '\n' + json.dumps(pattern) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(ans) + '\n')


def route(length):
    """A route-like path of exactly `length` characters."""
    words = ['api', 'v1', 'v2', 'users', 'orders', 'items', 'static', 'admin', 'internal', 'health',
             'assets', 'app.js', 'img_01.png', 'tenant-7', 'report.csv', 'a', 'b']
    s = ''
    while len(s) < length:
        s += '/' + random.choice(words)
        if random.random() < 0.3:
            s += '/' + str(random.randint(0, 99999))
    return s[:length]


def blur(path, p_star=0.05, p_q=0.1):
    """A pattern matching `path`: some runs replaced by '*', some characters by '?'."""
    out, i = [], 0
    while i < len(path):
        r = random.random()
        if r < p_star:
            out.append('*')
            i += random.randint(0, 6)
        elif r < p_star + p_q:
            out.append('?')
            i += 1
        else:
            out.append(path[i])
            i += 1
    return ''.join(out)


write('sample', '01', '/api/v1/users/42', '/api/*/users/??', True)
write('sample', '02', '/static/app.js.map', '/static/*.js', False)
write('sample', '03', '', '**', True)

tests = [
    ('', '', True),                             # both empty
    ('', '*', True),                            # star matches the empty path
    ('', '?', False),                           # '?' needs one character
    ('/health', '', False),                     # empty pattern, non-empty path
    ('/admin/', '/admin/*', True),              # star matches the empty rest
    ('/admin/users/7/roles', '/admin/*', True),  # star crosses '/'
    ('/v1/a', '/v1/?', True),                   # '?' at the end
    ('/v1/', '/v1/?', False),                   # '?' at the end, nothing left
    ('/ab', '/a**b', True),                     # consecutive stars
    ('/app.js.js', '*.js', True),               # star must take more than its first fit
    ('/app.js.map', '*.js', False),             # trailing characters left over
    ('/api/users', '/api/users/', False),       # trailing pattern character
    ('/api/users/', '/api/users', False),       # trailing path character
    ('/a/b/c', '/*/*/*', True),
    ('/a/b', '/*/*/*', False),
    ('/files/x.tar.gz', '/files/*.*.gz', True),
    ('/files/x.gz', '/files/*?*.gz', True),
    ('/files/.gz', '/files/*?*.gz', False),
    ('abcabcabd', '*abd', True),
    ('abcabcabe', '*abd', False),
    ('mississippi', 'm??*ss*?i*pi', False),
    ('mississippi', 'm*iss*ppi', True),
    ('aaaa', '***a', True),
    ('/-._0', '/-._?', True),
]
k = 0
for path, pattern, expect in tests:
    k += 1
    write('secret', f'{k:02d}', path, pattern, expect)

N = 2000
big = [
    ('a' * N, 'a*' * 999 + 'ab', False),         # classic exponential case for backtracking
    ('a' * (N - 1) + 'b', 'a*' * 999 + 'ab', True),
    ('a' * N, '*' + 'a' * 1000 + 'b', False),     # worst case for the greedy star-backtrack
    ('a' * N, '*a' * 1000, True),
    ('a' * N, ('*' + 'a' * 20) * 95 + '*b', False),
    ('a' * N, '*' * N, True),
    ('', '*' * N, True),
    ('a' * N, '?' * N, True),
    ('a' * (N - 1), '?' * N, False),
    ('a' * N, '*?' * 1000, True),
    ('a' * 999, '*?' * 1000, False),
    ('ab' * 1000, '*' + 'ab' * 600 + '*' + 'ab' * 398 + '*', True),
    ('ab' * 1000, '*' + 'ab' * 600 + '*' + 'ab' * 398 + 'b', False),
    ('/' * N, '/*' * 1000, True),
]
for path, pattern, expect in big:
    k += 1
    write('secret', f'{k:02d}', path, pattern, expect)

# route-like paths with matching patterns and near misses
for _ in range(4):
    path = route(N)
    pattern = blur(path)[:N]
    k += 1
    write('secret', f'{k:02d}', path, pattern)
    # flip one literal character of the pattern to a character that is not in the path there
    chars = list(pattern)
    lits = [i for i, ch in enumerate(chars) if ch not in '*?']
    i = random.choice(lits)
    chars[i] = random.choice([ch for ch in PATH_CHARS if ch != chars[i]])
    k += 1
    write('secret', f'{k:02d}', path, ''.join(chars))

# random small alphabet, many stars: lots of ways to split
for _ in range(3):
    path = ''.join(random.choice('ab') for _ in range(N))
    pattern = ''.join(random.choice(['a', 'b', '?', '*', '*']) for _ in range(N))
    k += 1
    write('secret', f'{k:02d}', path, pattern)
for _ in range(2):
    path = ''.join(random.choice('ab') for _ in range(N))
    pattern = blur(path, 0.2, 0.1)
    k += 1
    write('secret', f'{k:02d}', path, pattern, True)
