#!/usr/bin/env python3
"""Seeded test generator for webhook-retry-schedule."""
import heapq, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(101)


def solve(created, failures, duration, base, max_delay, max_attempts):
    heap = [(t, i, 1) for i, t in enumerate(created)]
    heapq.heapify(heap)
    out, free = [-1] * len(created), 0
    while heap:
        due, i, k = heapq.heappop(heap)
        finish = max(free, due) + duration
        free = finish
        if k > failures[i]:
            out[i] = finish
        elif k < max_attempts:
            heapq.heappush(heap, (finish + min(max_delay, base << (k - 1)), i, k + 1))
    return out


def write(folder, name, *args):
    d = os.path.join(HERE, '..', 'data', folder)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(''.join(json.dumps(a, separators=(',', ':')) + '\n' for a in args))
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(*args), separators=(',', ':')) + '\n')


def rand(n, span, max_fail, duration, base, max_delay, attempts, sort=False):
    created = [rng.randint(0, span) for _ in range(n)]
    if sort:
        created.sort()
    return created, [rng.randint(0, max_fail) for _ in range(n)], duration, base, max_delay, attempts


write('sample', '01', [0, 0, 5], [0, 2, 1], 10, 100, 1000, 3)
write('sample', '02', [1000, 1000], [5, 1], 50, 200, 300, 2)

write('secret', '01-single-success', [7], [0], 1, 1, 1, 1)
write('secret', '02-single-give-up', [0], [1], 5, 10, 10, 1)
write('secret', '03-last-attempt-succeeds', [0], [4], 3, 10, 1000, 5)
write('secret', '04-cap-reached', [0], [9], 1, 100, 250, 10)
write('secret', '05-ties-by-index', [5, 5, 5, 5], [1, 0, 1, 0], 10, 1, 1, 3)
write('secret', '06-unsorted-created', [300, 0, 200, 100], [0, 1, 0, 2], 40, 30, 500, 4)
write('secret', '07-worker-backlog', [0] * 6, [2] * 6, 100, 10, 10, 3)
write('secret', '08-large-values', [10**12, 10**12 - 1], [14, 15], 1000, 10**6, 10**9, 15)
for i in range(9, 15):
    write('secret', '%02d-random-small' % i, *rand(rng.randint(2, 30), rng.randint(0, 500), rng.randint(0, 5), rng.randint(1, 20), rng.randint(1, 50), rng.randint(50, 400), rng.randint(1, 6)))
write('secret', '15-random-medium', *rand(800, 10**6, 8, 50, 1000, 60000, 8, True))
write('secret', '16-large-burst', *rand(10000, 0, 20, 1, 1, 4, 15))
write('secret', '17-large-spread', *rand(10000, 10**9, 15, 1000, 10**6, 10**9, 15))
write('secret', '18-large-slow-worker', *rand(10000, 10**5, 12, 1000, 5, 40, 12, True))
