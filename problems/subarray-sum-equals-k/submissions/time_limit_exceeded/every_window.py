# Sums every window from every start: O(n^2).
class Solution:
    def subarraySum(self, deltas: List[int], k: int) -> int:
        count = 0
        n = len(deltas)
        for i in range(n):
            total = 0
            for j in range(i, n):
                total += deltas[j]
                if total == k:
                    count += 1
        return count
