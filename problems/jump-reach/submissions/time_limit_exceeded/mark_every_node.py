# Marks every node in every reachable relay's range: O(n * max(hops)).
class Solution:
    def canReachEnd(self, hops: List[int]) -> bool:
        n = len(hops)
        reach = [False] * n
        reach[0] = True
        for i in range(n):
            if not reach[i]:
                continue
            for j in range(i + 1, min(n, i + hops[i] + 1)):
                reach[j] = True
        return reach[-1]
