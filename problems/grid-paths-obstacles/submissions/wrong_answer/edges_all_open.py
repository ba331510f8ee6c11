# Initialises the whole first row and column to 1, ignoring obstacles there.
class Solution:
    def countPaths(self, grid: List[List[int]]) -> int:
        mod = 10**9 + 7
        rows, cols = len(grid), len(grid[0])
        if grid[0][0] or grid[-1][-1]:
            return 0
        ways = [[1] * cols] + [[1] + [0] * (cols - 1) for _ in range(rows - 1)]
        for r in range(1, rows):
            for c in range(1, cols):
                ways[r][c] = 0 if grid[r][c] else (ways[r - 1][c] + ways[r][c - 1]) % mod
        return ways[-1][-1]
