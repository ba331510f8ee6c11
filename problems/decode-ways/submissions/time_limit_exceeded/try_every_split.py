# Counts splits recursively without remembering prefixes: Fibonacci-many calls.
class Solution:
    def numDecodings(self, s: str) -> int:
        n = len(s)

        def count(i):
            if i == n:
                return 1
            if s[i] == '0':
                return 0
            total = count(i + 1)
            if i + 1 < n and 10 <= int(s[i:i + 2]) <= 26:
                total += count(i + 2)
            return total

        return count(0) % (10**9 + 7)
