# Gives up at the first dead-end relay, even when an earlier relay jumps over it.
class Solution:
    def canReachEnd(self, hops: List[int]) -> bool:
        for i, h in enumerate(hops[:-1]):
            if h == 0:
                return False
        return True
