# A two-pointer window that shrinks while the sum is above k: only valid for non-negative deltas.
class Solution:
    def subarraySum(self, deltas: List[int], k: int) -> int:
        count = lo = total = 0
        for hi, d in enumerate(deltas):
            total += d
            while lo < hi and total > k:
                total -= deltas[lo]
                lo += 1
            if total == k:
                count += 1
        return count
