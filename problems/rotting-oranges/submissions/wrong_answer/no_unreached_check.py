# Multi-source BFS that reports the number of levels without checking for unreachable old nodes.
class Solution:
    def minutesToSpread(self, grid: List[List[int]]) -> int:
        rows, cols = len(grid), len(grid[0])
        frontier = [(r, c) for r in range(rows) for c in range(cols) if grid[r][c] == 2]
        minutes = 0
        while frontier:
            nxt = []
            for r, c in frontier:
                for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == 1:
                        grid[nr][nc] = 2
                        nxt.append((nr, nc))
            if nxt:
                minutes += 1
            frontier = nxt
        return minutes
