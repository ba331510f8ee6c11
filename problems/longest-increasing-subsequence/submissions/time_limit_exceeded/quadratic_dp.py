# The textbook O(n^2) DP: best length ending at every index.
class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        best = [1] * len(nums)
        for i in range(len(nums)):
            x = nums[i]
            b = 1
            for j in range(i):
                if nums[j] < x and best[j] + 1 > b:
                    b = best[j] + 1
            best[i] = b
        return max(best)
