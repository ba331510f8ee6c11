# Counts runs of equal neighbours as if the stream were sorted, splitting a value's occurrences.
class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        best = {}
        run = 0
        for i, x in enumerate(nums):
            run = run + 1 if i and nums[i - 1] == x else 1
            best[x] = max(best.get(x, 0), run)
        return sorted(best, key=lambda v: -best[v])[:k]
