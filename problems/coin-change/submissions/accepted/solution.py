class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        INF = amount + 1
        best = [0] + [INF] * amount
        for c in coins:
            for a in range(c, amount + 1):
                if best[a - c] + 1 < best[a]:
                    best[a] = best[a - c] + 1
        return -1 if best[amount] == INF else best[amount]
