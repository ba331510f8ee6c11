from collections import defaultdict, deque


class Solution:
    def hasDeadlock(self, waitsFor: List[List[str]]) -> bool:
        # Kahn's algorithm: if some transactions can never be "peeled off", they sit on a cycle.
        out = defaultdict(list)
        indeg = defaultdict(int)
        nodes = set()
        for a, b in waitsFor:
            out[a].append(b)
            indeg[b] += 1
            nodes.add(a)
            nodes.add(b)
        queue = deque(n for n in nodes if indeg[n] == 0)
        removed = 0
        while queue:
            n = queue.popleft()
            removed += 1
            for m in out[n]:
                indeg[m] -= 1
                if indeg[m] == 0:
                    queue.append(m)
        return removed < len(nodes)
