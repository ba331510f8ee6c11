# Correct but O(n * (n + m)): every step rescans all migrations and all dependencies.
class Solution:
    def migrationOrder(self, names: List[str], deps: List[List[str]]) -> List[str]:
        done = set()
        order = []
        while len(order) < len(names):
            blocked = set()
            for a, b in deps:
                if b not in done:
                    blocked.add(a)
            best = None
            for n in names:
                if n not in done and n not in blocked and (best is None or n < best):
                    best = n
            if best is None:
                return []
            done.add(best)
            order.append(best)
        return order
