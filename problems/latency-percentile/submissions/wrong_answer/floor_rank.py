# Bug: rounds the rank down instead of up (and guards rank 0).
class Solution:
    def percentile(self, latenciesMs: List[int], p: int) -> int:
        rank = max(1, p * len(latenciesMs) // 100)
        return sorted(latenciesMs)[rank - 1]
