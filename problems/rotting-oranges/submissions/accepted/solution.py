class Solution:
    def minutesToSpread(self, grid: List[List[int]]) -> int:
        rows, cols = len(grid), len(grid[0])
        frontier, stale = [], 0
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] == 2:
                    frontier.append((r, c))
                elif grid[r][c] == 1:
                    stale += 1
        minutes = 0
        while frontier and stale:
            nxt = []
            for r, c in frontier:
                for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == 1:
                        grid[nr][nc] = 2
                        stale -= 1
                        nxt.append((nr, nc))
            frontier = nxt
            minutes += 1
        return minutes if stale == 0 else -1
