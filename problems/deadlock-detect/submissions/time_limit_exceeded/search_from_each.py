# Correct but searches from every transaction for a way back to itself: O(n * (n + m)).
from collections import defaultdict


class Solution:
    def hasDeadlock(self, waitsFor: List[List[str]]) -> bool:
        out = defaultdict(list)
        for a, b in waitsFor:
            out[a].append(b)
        for start in list(out):
            seen = set()
            stack = list(out[start])
            while stack:
                n = stack.pop()
                if n == start:
                    return True
                if n not in seen:
                    seen.add(n)
                    stack.extend(out[n])
        return False
