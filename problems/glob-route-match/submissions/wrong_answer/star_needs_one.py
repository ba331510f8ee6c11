# Treats '*' as "one or more characters", so "/admin/*" rejects "/admin/" and "" never matches "*".
class Solution:
    def isMatch(self, path: str, pattern: str) -> bool:
        n = len(path)
        prev = [True] + [False] * n
        for c in pattern:
            cur = [False] * (n + 1)
            if c == '*':
                seen = False
                for i in range(1, n + 1):
                    seen = seen or prev[i - 1]
                    cur[i] = seen
            else:
                for i in range(1, n + 1):
                    cur[i] = prev[i - 1] and (c == '?' or c == path[i - 1])
            prev = cur
        return prev[n]
