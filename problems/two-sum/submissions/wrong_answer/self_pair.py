# Indexes every value first, then looks up complements: pairs an entry with itself when 2*x == target.
class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        index = {x: i for i, x in enumerate(nums)}
        for i, x in enumerate(nums):
            if target - x in index:
                return [i, index[target - x]]
        return []
