class Solution:
    def longestPalindrome(self, s: str) -> str:
        n = len(s)
        best_lo, best_len = 0, 1
        for centre in range(2 * n - 1):
            lo, hi = centre // 2, (centre + 1) // 2
            while lo >= 0 and hi < n and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            length = hi - lo - 1
            if length > best_len or (length == best_len and lo + 1 < best_lo):
                best_lo, best_len = lo + 1, length
        return s[best_lo:best_lo + best_len]
