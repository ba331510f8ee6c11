# Compares every deploy with every later one: O(n^2).
class Solution:
    def countLaterLower(self, latency: List[int]) -> List[int]:
        n = len(latency)
        out = [0] * n
        for i in range(n):
            x = latency[i]
            c = 0
            for j in range(i + 1, n):
                if latency[j] < x:
                    c += 1
            out[i] = c
        return out
