# Bug: reports a cycle whenever a node is reached twice (two paths to the same node is not a cycle).
from collections import defaultdict


class Solution:
    def hasDeadlock(self, waitsFor: List[List[str]]) -> bool:
        out = defaultdict(list)
        for a, b in waitsFor:
            out[a].append(b)
        seen = set()
        for start in list(out):
            if start in seen:
                continue
            stack = [start]
            while stack:
                n = stack.pop()
                if n in seen:
                    return True
                seen.add(n)
                stack.extend(out[n])
        return False
