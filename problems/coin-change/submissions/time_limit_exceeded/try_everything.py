# Tries every coin at every step without remembering results: exponential.
class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        def fewest(rest):
            if rest == 0:
                return 0
            best = -1
            for c in coins:
                if c <= rest:
                    sub = fewest(rest - c)
                    if sub >= 0 and (best < 0 or sub + 1 < best):
                        best = sub + 1
            return best

        return fewest(amount)
