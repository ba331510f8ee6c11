# Tries every way to split the path between the stars, without memoisation: exponential on
# patterns like "a*a*a*...*b" against a long run of "a"s.
import sys

sys.setrecursionlimit(20000)


class Solution:
    def isMatch(self, path: str, pattern: str) -> bool:
        def go(i: int, j: int) -> bool:
            while j < len(pattern) and pattern[j] != '*':
                if i == len(path) or not (pattern[j] == '?' or pattern[j] == path[i]):
                    return False
                i += 1
                j += 1
            if j == len(pattern):
                return i == len(path)
            for k in range(i, len(path) + 1):
                if go(k, j + 1):
                    return True
            return False

        return go(0, 0)
