# Assumes every cable joins two different networks (no cycles, repeats or self-cables).
class Solution:
    def countComponents(self, n: int, edges: List[List[int]]) -> int:
        return max(1, n - len(edges))
