# Walks every route with a depth-first search: as slow as the number of routes.
class Solution:
    def countPaths(self, grid: List[List[int]]) -> int:
        rows, cols = len(grid), len(grid[0])

        def walk(r, c):
            if r >= rows or c >= cols or grid[r][c]:
                return 0
            if r == rows - 1 and c == cols - 1:
                return 1
            return walk(r + 1, c) + walk(r, c + 1)

        return walk(0, 0) % (10**9 + 7)
