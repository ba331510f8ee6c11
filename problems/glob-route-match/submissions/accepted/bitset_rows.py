class Solution:
    def isMatch(self, path: str, pattern: str) -> bool:
        # Row-by-row DP with the row held as a big integer: bit i set <=> the pattern prefix read
        # so far matches path[:i]. Each pattern character costs O(n / 64) word operations.
        n = len(path)
        full = (1 << (n + 1)) - 1
        at = {}
        for i, ch in enumerate(path):
            at[ch] = at.get(ch, 0) | (1 << (i + 1))
        row = 1
        for c in pattern:
            if c == '*':
                if row:
                    low = row & -row
                    row = full & ~(low - 1)
            elif c == '?':
                row = (row << 1) & full
            else:
                row = (row << 1) & at.get(c, 0)
            if not row:
                return False
        return bool(row >> n & 1)
