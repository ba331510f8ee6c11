# Forgets the empty subset.
class Solution:
    def subsets(self, nums: List[int]) -> List[List[int]]:
        out = []
        for x in nums:
            out += [s + [x] for s in out] + [[x]]
        return out
