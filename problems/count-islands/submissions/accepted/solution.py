class Solution:
    def numIslands(self, grid: List[List[int]]) -> int:
        m, n = len(grid), len(grid[0])
        count = 0
        for i in range(m):
            for j in range(n):
                if grid[i][j] != 1:
                    continue
                count += 1
                grid[i][j] = 2
                stack = [(i, j)]
                while stack:
                    r, c = stack.pop()
                    for a, b in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                        if 0 <= a < m and 0 <= b < n and grid[a][b] == 1:
                            grid[a][b] = 2
                            stack.append((a, b))
        return count
