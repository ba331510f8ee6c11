class Solution:
    def minDistance(self, word1: str, word2: str) -> int:
        if len(word1) < len(word2):
            word1, word2 = word2, word1
        prev = list(range(len(word2) + 1))
        for i, ca in enumerate(word1, 1):
            cur = [i]
            left = i
            for j, cb in enumerate(word2):
                if ca == cb:
                    left = prev[j]
                else:
                    d = prev[j]
                    if prev[j + 1] < d:
                        d = prev[j + 1]
                    if left < d:
                        d = left
                    left = d + 1
                cur.append(left)
            prev = cur
        return prev[-1]
