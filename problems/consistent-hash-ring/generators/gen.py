#!/usr/bin/env python3
"""Seeded test generator for consistent-hash-ring. Reference model: sorted (position, node) points."""
import bisect, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(5)


def fnv1a32(s):
    h = 2166136261
    for b in s.encode('utf-8'):
        h ^= b
        h = (h * 16777619) & 0xFFFFFFFF
    return h


def solve(ops, args):
    out, vn, nodes, points = [], 0, set(), []
    for op, a in zip(ops, args):
        if op == 'ConsistentHashRing':
            vn = a[0]; out.append(None)
        elif op == 'addNode':
            if a[0] not in nodes:
                nodes.add(a[0])
                points = sorted(points + [(fnv1a32('%s#%d' % (a[0], i)), a[0]) for i in range(vn)])
            out.append(None)
        elif op == 'removeNode':
            if a[0] in nodes:
                nodes.discard(a[0])
                points = [p for p in points if p[1] != a[0]]
            out.append(None)
        else:
            if not points:
                out.append('')
            else:
                i = bisect.bisect_left(points, (fnv1a32(a[0]), ''))
                out.append(points[i % len(points)][1])
    return out


def write(folder, name, ops, args):
    d = os.path.join(HERE, '..', 'data', folder)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(ops, separators=(',', ':')) + '\n' + json.dumps(args, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(ops, args), separators=(',', ':')) + '\n')


def seq(vn, calls):
    return ['ConsistentHashRing'] + [c[0] for c in calls], [[vn]] + [[c[1]] for c in calls]


def rand_key():
    kind = rng.choice(['user', 'order', 'session', 'cart', 'img'])
    return '%s:%d' % (kind, rng.randint(0, 10**7))


def rand_case(vn, n, pool, changes, max_nodes):
    calls, live = [], []
    change_at = set(rng.sample(range(n), min(changes, n)))
    for i in range(n):
        if i in change_at or not live:
            if live and (len(live) >= max_nodes or rng.random() < 0.35):
                node = rng.choice(live + ['ghost-node'])  # sometimes remove an absent node
                calls.append(('removeNode', node))
                if node in live:
                    live.remove(node)
            else:
                node = rng.choice(pool)
                calls.append(('addNode', node))  # may re-add a live node: no-op
                if node not in live:
                    live.append(node)
        else:
            calls.append(('getNode', rand_key()))
    return seq(vn, calls)


write('sample', '01', *seq(2, [('addNode', 'db-a'), ('addNode', 'db-b'), ('getNode', 'user:42'), ('getNode', 'user:7'),
                               ('addNode', 'db-c'), ('getNode', 'user:7'), ('removeNode', 'db-a'), ('getNode', 'user:42')]))
write('sample', '02', *seq(1, [('getNode', 'cart:x'), ('addNode', 'db-a'), ('getNode', 'a'), ('getNode', 'cart:x')]))

write('secret', '01-empty-ring', *seq(3, [('getNode', 'k'), ('removeNode', 'x'), ('getNode', '')]))
write('secret', '02-single-node', *seq(1, [('addNode', 'solo')] + [('getNode', rand_key()) for _ in range(20)]))
write('secret', '03-add-remove-all', *seq(4, [('addNode', 'a'), ('addNode', 'b'), ('getNode', 'x'), ('removeNode', 'a'),
                                              ('getNode', 'x'), ('removeNode', 'b'), ('getNode', 'x'), ('addNode', 'a'), ('getNode', 'x')]))
write('secret', '04-readd-is-noop', *seq(3, [('addNode', 'n1'), ('addNode', 'n1'), ('addNode', 'n2'), ('removeNode', 'n1'),
                                             ('getNode', 'user:1'), ('getNode', 'user:2'), ('getNode', 'user:3'), ('getNode', 'a')]))
# Keys hashing above every point must wrap around to the first point.
wrap = [k for k in ('key-%d' % i for i in range(20000)) if fnv1a32(k) > 4200000000][:15]
write('secret', '05-wrap-around', *seq(2, [('addNode', 'db-a'), ('addNode', 'db-b')] + [('getNode', k) for k in wrap]))
# Keys whose hash equals a point exactly belong to that point's node.
write('secret', '06-exact-point-hit', *seq(3, [('addNode', 'east'), ('addNode', 'west')] +
                                              [('getNode', '%s#%d' % (n, i)) for n in ('east', 'west') for i in range(3)]))
# 'node-z5u571#0' and 'node-kirlq0#0' collide (FNV-1a 329582028): the smaller name owns the point.
write('secret', '06b-collision-tie', *seq(1, [('addNode', 'node-z5u571'), ('addNode', 'node-kirlq0'), ('getNode', 'user:1'),
                                            ('getNode', 'order:9'), ('removeNode', 'node-kirlq0'), ('getNode', 'user:1'),
                                            ('addNode', 'node-kirlq0'), ('getNode', 'cart:3')]))
write('secret', '06c-collision-tie-reversed', *seq(1, [('addNode', 'node-kirlq0'), ('addNode', 'node-z5u571'), ('getNode', 'user:1'),
                                                     ('removeNode', 'node-z5u571'), ('getNode', 'x'), ('addNode', 'node-z5u571'),
                                                     ('addNode', 'a'), ('getNode', 'user:1'), ('getNode', 'user:2')]))
write('secret', '07-many-vnodes', *seq(100, [('addNode', 'cache-%02d' % i) for i in range(10)] + [('getNode', rand_key()) for _ in range(200)]))
for i in range(8, 13):
    write('secret', '%02d-random-small' % i, *rand_case(rng.randint(1, 5), rng.randint(30, 80), ['n%d' % j for j in range(6)], 12, 4))
write('secret', '13-random-medium', *rand_case(20, 3000, ['cache-%d.internal' % j for j in range(30)], 60, 20))
write('secret', '14-name-prefixes', *seq(7, [('addNode', 'a'), ('addNode', 'a#1'), ('addNode', 'a#'), ('addNode', 'a1')] + [('getNode', rand_key()) for _ in range(100)]))
write('secret', '15-large-stable', *seq(100, [('addNode', 'shard-%02d' % i) for i in range(50)] + [('getNode', rand_key()) for _ in range(20000)]))
write('secret', '16-large-churn', *rand_case(100, 24000, ['node-%d' % j for j in range(80)], 200, 50))
write('secret', '17-large-few-vnodes', *rand_case(1, 24000, ['n%d' % j for j in range(60)], 150, 50))
