# Tries every pair of racks: O(n^2).
class Solution:
    def maxArea(self, heights: List[int]) -> int:
        best = 0
        n = len(heights)
        for i in range(n):
            hi = heights[i]
            for j in range(i + 1, n):
                area = (hi if hi < heights[j] else heights[j]) * (j - i)
                if area > best:
                    best = area
        return best
