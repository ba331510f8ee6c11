# Forgets that one replacement can stand in for a delete plus an insert.
class Solution:
    def minDistance(self, word1: str, word2: str) -> int:
        prev = list(range(len(word2) + 1))
        for i, ca in enumerate(word1, 1):
            cur = [i] + [0] * len(word2)
            for j, cb in enumerate(word2, 1):
                cur[j] = prev[j - 1] if ca == cb else 1 + min(prev[j], cur[j - 1])
            prev = cur
        return prev[-1]
