# Removes the current maximum k - 1 times: O(n * k).
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        a = list(nums)
        for _ in range(k - 1):
            a.remove(max(a))
        return max(a)
