class Solution:
    def subarraySum(self, deltas: List[int], k: int) -> int:
        seen = {0: 1}
        total = count = 0
        for d in deltas:
            total += d
            count += seen.get(total - k, 0)
            seen[total] = seen.get(total, 0) + 1
        return count
