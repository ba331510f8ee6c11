class Solution:
    def maxArea(self, heights: List[int]) -> int:
        i, j = 0, len(heights) - 1
        best = 0
        while i < j:
            hi, hj = heights[i], heights[j]
            if hi <= hj:
                area = hi * (j - i)
                i += 1
            else:
                area = hj * (j - i)
                j -= 1
            if area > best:
                best = area
        return best
