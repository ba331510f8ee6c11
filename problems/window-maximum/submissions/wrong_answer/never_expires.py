# Keeps the running maximum but never drops it when it slides out of the window.
class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        out, best = [], None
        for i, x in enumerate(nums):
            best = x if best is None else max(best, x)
            if i >= k - 1:
                out.append(best)
        return out
