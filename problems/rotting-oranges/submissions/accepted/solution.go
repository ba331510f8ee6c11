func minutesToSpread(grid [][]int) int {
	rows, cols := len(grid), len(grid[0])
	type cell struct{ r, c int }
	frontier := []cell{}
	stale := 0
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			switch grid[r][c] {
			case 2:
				frontier = append(frontier, cell{r, c})
			case 1:
				stale++
			}
		}
	}
	dirs := []cell{{-1, 0}, {1, 0}, {0, -1}, {0, 1}}
	minutes := 0
	for len(frontier) > 0 && stale > 0 {
		next := []cell{}
		for _, p := range frontier {
			for _, d := range dirs {
				nr, nc := p.r+d.r, p.c+d.c
				if nr >= 0 && nr < rows && nc >= 0 && nc < cols && grid[nr][nc] == 1 {
					grid[nr][nc] = 2
					stale--
					next = append(next, cell{nr, nc})
				}
			}
		}
		frontier = next
		minutes++
	}
	if stale > 0 {
		return -1
	}
	return minutes
}
