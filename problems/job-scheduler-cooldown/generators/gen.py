#!/usr/bin/env python3
"""Seeded test generator for job-scheduler-cooldown. Answers by greedy simulation (cross-checked by formula)."""
import heapq, json, os, random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(18)


def simulate(tasks, cd):
    # Run, at every step, the available type with the most remaining jobs (optimal greedy).
    ready = [(-c, t) for t, c in Counter(tasks).items()]
    heapq.heapify(ready)
    waiting = []  # (time available, -count, type)
    time = 0
    while ready or waiting:
        while waiting and waiting[0][0] <= time:
            _, c, t = heapq.heappop(waiting); heapq.heappush(ready, (c, t))
        if ready:
            c, t = heapq.heappop(ready)
            if c + 1 < 0:
                heapq.heappush(waiting, (time + cd + 1, c + 1, t))
            time += 1
        else:
            time = waiting[0][0]
    return time


def solve(tasks, cd):
    if not tasks:
        return 0
    c = Counter(tasks)
    m = max(c.values())
    return max(len(tasks), (m - 1) * (cd + 1) + sum(1 for v in c.values() if v == m))


def write(folder, name, tasks, cd):
    d = os.path.join(HERE, '..', 'data', folder)
    os.makedirs(d, exist_ok=True)
    ans = solve(tasks, cd)
    if len(tasks) <= 20000:
        assert ans == simulate(tasks, cd), name
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(tasks, separators=(',', ':')) + '\n' + json.dumps(cd) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(ans) + '\n')


def rand_tasks(n, types, skew):
    names = ['job-%d' % i for i in range(types)]
    w = [1 / (i + 1) ** skew for i in range(types)]
    return rng.choices(names, w, k=n)


write('sample', '01', ["webhook", "webhook", "webhook", "pdf", "pdf", "thumb"], 2)
write('sample', '02', ["a", "b", "c", "a"], 1)

write('secret', '01-empty', [], 5)
write('secret', '02-single', ['x'], 1000)
write('secret', '03-zero-cooldown', ['a', 'a', 'a', 'b'], 0)
write('secret', '04-one-type', ['a'] * 5, 3)
write('secret', '05-two-max-types', ['a', 'a', 'a', 'b', 'b', 'b'], 2)
write('secret', '06-no-idle-needed', ['a', 'a', 'b', 'b', 'c', 'c', 'd', 'd'], 2)
write('secret', '07-many-types-fill-gaps', ['a'] * 3 + ['b', 'c', 'd', 'e', 'f', 'g', 'h'], 2)
write('secret', '08-big-cooldown', ['a', 'a', 'b'], 1000)
for i in range(9, 14):
    write('secret', '%02d-random-small' % i, rand_tasks(rng.randint(1, 30), rng.randint(1, 5), 1.0), rng.randint(0, 6))
write('secret', '14-random-medium', rand_tasks(15000, 40, 1.2), 30)
write('secret', '15-large-single-type', ['hot'] * 100000, 1000)
write('secret', '16-large-flat', rand_tasks(100000, 500, 0.0), 1000)
write('secret', '17-large-skewed', rand_tasks(100000, 1000, 1.5), 7)
