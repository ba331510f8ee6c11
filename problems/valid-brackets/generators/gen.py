#!/usr/bin/env python3
"""Seeded generator for valid-brackets: balanced strings and near misses, answers from a stack check."""
import json, os, random

random.seed(31337)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAIRS = {')': '(', ']': '[', '}': '{'}


def solve(s):
    stack = []
    for ch in s:
        if ch in PAIRS:
            if not stack or stack.pop() != PAIRS[ch]:
                return False
        else:
            stack.append(ch)
    return not stack


def write(group, name, s):
    d = os.path.join(ROOT, 'data', group)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(s) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(s)) + '\n')


def balanced(n, max_depth=None):
    """A random balanced string of length 2n."""
    out, stack = [], []
    opens = n
    while opens or stack:
        can_open = opens > 0 and (max_depth is None or len(stack) < max_depth)
        if can_open and (not stack or random.random() < 0.5):
            ch = random.choice('([{')
            out.append(ch); stack.append(ch); opens -= 1
        else:
            out.append({'(': ')', '[': ']', '{': '}'}[stack.pop()])
    return ''.join(out)


def mutate(s):
    s = list(s)
    i = random.randrange(len(s))
    s[i] = random.choice([c for c in '()[]{}' if c != s[i]])
    return ''.join(s)


write('sample', '01', '{[()]}()')
write('sample', '02', '([)]')
fixed = ['(', ')', '()', '][', '([]{})', '((', '(]', '{[}]', '()[]{}', '{{{{}}}}[', ']()', '(((())))', '[({})](']
k = 0
for s in fixed:
    k += 1
    write('secret', f'{k:02d}', s)
big = balanced(50000)
cases = [balanced(100), mutate(balanced(100)), big, mutate(big), big[:-1] + '(', '(' * 50000 + ')' * 50000,
         '(' * 50000 + ']' + ')' * 49999, big[1:] + big[0], balanced(50000, 3), ')' + balanced(49999) + '(',
         balanced(25000) + '{' * 25000 + '}' * 24999 + ']']
for s in cases:
    k += 1
    write('secret', f'{k:02d}', s)
