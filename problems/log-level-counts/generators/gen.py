#!/usr/bin/env python3
"""Seeded test generator for log-level-counts; answers come from the reference model below."""
import os, random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(27)
ORDER = ['DEBUG', 'INFO', 'WARN', 'ERROR', 'FATAL', 'UNKNOWN']


def solve(text):
    counts = dict.fromkeys(ORDER, 0)
    for line in text.split('\n'):
        parts = line.split()
        if not parts:
            continue
        level = parts[1].upper() if len(parts) > 1 else ''
        if level == 'WARNING':
            level = 'WARN'
        counts[level if level in counts and level != 'UNKNOWN' else 'UNKNOWN'] += 1
    return ''.join('%s %d\n' % (k, counts[k]) for k in ORDER)


def write(folder, name, text):
    d = os.path.join(HERE, '..', 'data', folder)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(text)
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(solve(text))


WORDS = 'GET POST PUT /api/v1/users /health 200 404 500 timeout retry cache miss hit db pool user id queue job done'.split()
LEVELS = ['DEBUG', 'INFO', 'WARN', 'ERROR', 'FATAL', 'WARNING', 'debug', 'Info', 'warn', 'error', 'Fatal', 'warning',
          'TRACE', 'NOTICE', 'ERR', 'CRIT', 'INF0', 'WARNINGS', 'info:', '[INFO]']


def line(levels, ts):
    lv = rng.choice(levels)
    sep = lambda: ' ' * rng.choice([1, 1, 1, 2, 3])
    msg = ' '.join(rng.choice(WORDS) for _ in range(rng.randint(0, 8)))
    s = '%d%s%s' % (ts, sep(), lv)
    if msg:
        s += sep() + msg
    if rng.random() < 0.05:
        s = ' ' * rng.randint(1, 3) + s
    if rng.random() < 0.05:
        s += ' ' * rng.randint(1, 3)
    return s


def rand_log(n, levels, junk=0.0):
    ts = 1700000000
    out = []
    for _ in range(n):
        ts += rng.randint(0, 3)
        r = rng.random()
        if r < junk / 3:
            out.append('')
        elif r < 2 * junk / 3:
            out.append(' ' * rng.randint(1, 5))
        elif r < junk:
            out.append(str(ts))
        else:
            out.append(line(levels, ts))
    return '\n'.join(out) + '\n'


write('sample', '01', '2026-03-01T10:00:00Z INFO server started on :8080\n2026-03-01T10:00:02Z warn slow query took 812ms\n'
      '2026-03-01T10:00:03Z ERROR upstream timed out\n2026-03-01T10:00:04Z INFO GET /health 200\n')
write('sample', '02', '1700000000 Warning disk 91% full\n\n1700000001 TRACE entering handler\n1700000002\n1700000003   fatal   out of memory\n')

write('secret', '01-empty-input', '')
write('secret', '02-only-blank-lines', '\n   \n\n')
write('secret', '03-single-line', '1700000000 DEBUG cache warmed\n')
write('secret', '04-no-trailing-newline', '1 INFO a\n2 ERROR b\n3 FATAL c')
write('secret', '05-warning-alias', '1 WARNING x\n2 warning y\n3 WaRnInG z\n4 WARNINGS nope\n5 WARN ok\n')
write('secret', '06-near-misses', '1 ERR x\n2 INF0 y\n3 [INFO] z\n4 info: w\n5 DEBUGGING v\n6 FATALERROR u\n')
write('secret', '07-timestamp-only', '1700000000\n1700000001\n   1700000002   \n')
write('secret', '08-mixed-case', '1 debug a\n2 DeBuG b\n3 iNfO c\n4 error d\n5 fAtAl e\n')
write('secret', '09-message-has-levels', '1 INFO ERROR in message\n2 DEBUG FATAL FATAL\n3 hello INFO\n')
write('secret', '10-leading-spaces', '   1 INFO a\n  \n  2   ERROR    b\n')
for i in range(11, 16):
    write('secret', '%02d-random' % i, rand_log(rng.randint(20, 400), LEVELS, 0.1))
write('secret', '16-large-known-levels', rand_log(15000, LEVELS[:12], 0.0))
write('secret', '17-large-mixed', rand_log(15000, LEVELS, 0.05))
