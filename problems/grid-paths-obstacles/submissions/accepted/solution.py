class Solution:
    def countPaths(self, grid: List[List[int]]) -> int:
        mod = 10**9 + 7
        cols = len(grid[0])
        ways = [0] * cols
        ways[0] = 1
        for row in grid:
            for c in range(cols):
                if row[c]:
                    ways[c] = 0
                elif c:
                    ways[c] = (ways[c] + ways[c - 1]) % mod
        return ways[-1]
