# Correct but keeps recency in a plain list: O(capacity) per access.
class Solution:
    def cacheHits(self, capacity: int, accesses: List[int]) -> int:
        order = []
        hits = 0
        for k in accesses:
            if k in order:
                hits += 1
                order.remove(k)
            elif len(order) >= capacity:
                order.pop(0)
            order.append(k)
        return hits
