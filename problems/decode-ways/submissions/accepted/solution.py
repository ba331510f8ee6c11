class Solution:
    def numDecodings(self, s: str) -> int:
        mod = 10**9 + 7
        prev2, prev1 = 0, 1  # ways(i - 2), ways(i - 1); ways(0) = 1
        for i, ch in enumerate(s):
            cur = prev1 if ch != '0' else 0
            if i and (s[i - 1] == '1' or (s[i - 1] == '2' and ch <= '6')):
                cur += prev2
            prev2, prev1 = prev1, cur % mod
        return prev1
