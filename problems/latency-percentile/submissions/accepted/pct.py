class Solution:
    def percentile(self, latenciesMs: List[int], p: int) -> int:
        rank = (p * len(latenciesMs) + 99) // 100  # ceil(p * n / 100) without floating point
        return sorted(latenciesMs)[rank - 1]
