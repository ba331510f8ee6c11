#!/usr/bin/env python3
"""Seeded generator for word-ladder-steps; reference: BFS over one-letter variants."""
import json, os, random
from collections import deque

random.seed(4242)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ABC = 'abcdefghijklmnopqrstuvwxyz'


def solve(begin, end, words):
    unseen = set(words)
    if end not in unseen:
        return 0
    unseen.discard(begin)
    q, dist = deque([begin]), {begin: 1}
    while q:
        w = q.popleft()
        for i in range(len(w)):
            for c in ABC:
                v = w[:i] + c + w[i + 1:]
                if v in unseen:
                    unseen.remove(v)
                    dist[v] = dist[w] + 1
                    if v == end:
                        return dist[v]
                    q.append(v)
    return 0


def brute(begin, end, words):
    nodes = [begin] + [w for w in words if w != begin]
    adj = lambda a, b: sum(x != y for x, y in zip(a, b)) == 1
    dist = {begin: 1}
    q = deque([begin])
    while q:
        w = q.popleft()
        for v in nodes:
            if v not in dist and adj(w, v):
                dist[v] = dist[w] + 1
                q.append(v)
    return dist.get(end, 0) if end in words else 0


def write(group, name, begin, end, words):
    L = len(begin)
    assert 1 <= L <= 10 and len(end) == L and begin != end
    assert 1 <= len(words) <= 10000 and len(set(words)) == len(words) and all(len(w) == L for w in words)
    ans = solve(begin, end, words)
    if len(words) <= 600:
        assert ans == brute(begin, end, words), (begin, end)
    d = os.path.join(ROOT, 'data', group)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        for v in (begin, end, words):
            f.write(json.dumps(v, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(ans) + '\n')
    return ans


def rand_words(n, L, alphabet):
    s = set()
    while len(s) < n:
        s.add(''.join(random.choice(alphabet) for _ in range(L)))
    return list(s)


def walk(start, steps, alphabet):
    """A random one-letter walk from start (labels may repeat; the set keeps them once)."""
    out, w = [], start
    for _ in range(steps):
        i = random.randrange(len(w))
        c = random.choice([x for x in alphabet if x != w[i]])
        w = w[:i] + c + w[i + 1:]
        out.append(w)
    return out


def dedup(words):
    return list(dict.fromkeys(words))


write('sample', '01', 'api', 'ops', ['apt', 'opt', 'ops', 'ape', 'ope'])
write('sample', '02', 'node', 'edge', ['code', 'cede', 'cade', 'edgy'])

cases = []
cases.append(('a', 'c', ['a', 'b', 'c']))                                  # length 1, direct
cases.append(('ab', 'cd', ['cd']))                                       # two letters apart, no bridge
cases.append(('hot', 'dog', ['hot', 'dot', 'dog', 'lot', 'log']))        # begin registered too
cases.append(('cat', 'cot', ['cot']))                                    # one step
cases.append(('cat', 'dog', ['cot', 'cog', 'dig']))                      # end unregistered -> 0
cases.append(('lead', 'gold', ['load', 'goad', 'gold', 'lend', 'bold', 'boad']))
cases.append(('abc', 'xyz', ['xbc', 'xyc', 'ayz', 'xyq', 'xyz', 'abz']))
# the unregistered target sits one letter from a reachable label (trap for a missing check)
cases.append(('mail', 'tall', ['mall', 'ball', 'bell', 'tell']))
# random small dense worlds
for n, L, alpha in ((60, 3, 'abcde'), (300, 4, 'abcdef'), (500, 5, 'abcd')):
    words = rand_words(n, L, alpha)
    b, e = random.sample(words, 2)
    cases.append((b, e, words))
# large: long ladder hidden among noise, length 10
chain = dedup(walk('aaaaaaaaaa', 5000, 'abc'))
pool = set(chain)
noise = [w for w in rand_words(7000, 10, 'abcdefgh') if w not in pool]
words = (chain + noise)[:10000]
random.shuffle(words)
cases.append(('aaaaaaaaaa', chain[-1], words))
# large: target registered but isolated -> 0 after exploring everything reachable
words = ['aaaaa' + w for w in rand_words(9999, 5, 'abcdefghij')]
iso = 'aaaaazzzzz'
cases.append((words[0], iso, words + [iso]))
# large: the whole 3^8 cube minus a few, far corners
from itertools import product
cube = [''.join(t) for t in product('xyz', repeat=9)]
random.shuffle(cube)
words = cube[:10000]
if 'xxxxxxxxx' in words:
    words.remove('xxxxxxxxx')
if 'zzzzzzzzz' not in words:
    words[-1] = 'zzzzzzzzz'
cases.append(('xxxxxxxxx', 'zzzzzzzzz', words))
# large: unregistered target, everything else reachable
words = rand_words(10000, 9, 'abcd')
cases.append((words[0], 'ccccccccc', words))
# large: random walk chain, begin unregistered
chain = dedup(walk('qwertyuiop', 12000, 'qwertyuiopas'))[:10000]
cases.append(('qwertyuiop', chain[-1], [w for w in chain if w != 'qwertyuiop']))
# a single long path without shortcuts: a staircase raising one position at a time
stairs = [''.join(ABC[k // 10 + (1 if i < k % 10 else 0)] for i in range(10)) for k in range(251)]
cases.append((stairs[0], stairs[-1], stairs[1:]))
cases.append((stairs[0], stairs[-1], stairs[1:120] + stairs[121:]))     # one step missing

for k, c in enumerate(cases, 1):
    print(k, write('secret', f'{k:02d}', *c))
