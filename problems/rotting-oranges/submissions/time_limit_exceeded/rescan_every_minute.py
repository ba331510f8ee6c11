# Simulates minute by minute, scanning the whole grid each minute: O((R*C)^2) on slow spreads.
class Solution:
    def minutesToSpread(self, grid: List[List[int]]) -> int:
        rows, cols = len(grid), len(grid[0])
        minutes = 0
        while True:
            changed = []
            stale = 0
            for r in range(rows):
                for c in range(cols):
                    if grid[r][c] != 1:
                        continue
                    stale += 1
                    if ((r > 0 and grid[r - 1][c] == 2) or (r + 1 < rows and grid[r + 1][c] == 2)
                            or (c > 0 and grid[r][c - 1] == 2) or (c + 1 < cols and grid[r][c + 1] == 2)):
                        changed.append((r, c))
            if stale == 0:
                return minutes
            if not changed:
                return -1
            for r, c in changed:
                grid[r][c] = 2
            minutes += 1
