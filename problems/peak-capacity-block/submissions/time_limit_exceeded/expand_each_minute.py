# Grows a block around every minute while neighbours have at least as many free cores: O(n^2)
# on monotone or flat forecasts.
class Solution:
    def largestBlock(self, free: List[int]) -> int:
        n, best = len(free), 0
        for i, c in enumerate(free):
            l = i
            while l > 0 and free[l - 1] >= c:
                l -= 1
            r = i
            while r + 1 < n and free[r + 1] >= c:
                r += 1
            best = max(best, c * (r - l + 1))
        return best
