class Solution:
    def maxNonAdjacent(self, values: List[int]) -> int:
        prev2, prev1 = 0, 0
        for v in values:
            prev2, prev1 = prev1, max(prev1, prev2 + v)
        return prev1
