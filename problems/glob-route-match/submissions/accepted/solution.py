class Solution:
    def isMatch(self, path: str, pattern: str) -> bool:
        # Greedy two pointers: remember the last star and retry it one character further on a
        # mismatch. Only the last star ever needs revisiting, so this is O(n * m) worst case.
        n, m = len(path), len(pattern)
        i = j = 0
        star, mark = -1, 0
        while i < n:
            if j < m and (pattern[j] == '?' or pattern[j] == path[i]):
                i += 1
                j += 1
            elif j < m and pattern[j] == '*':
                star, mark = j, i
                j += 1
            elif star != -1:
                mark += 1
                i, j = mark, star + 1
            else:
                return False
        while j < m and pattern[j] == '*':
            j += 1
        return j == m
