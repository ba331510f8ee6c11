# Only compares neighbours without sorting first, so repeats far apart slip through.
class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        return any(nums[i] == nums[i - 1] for i in range(1, len(nums)))
