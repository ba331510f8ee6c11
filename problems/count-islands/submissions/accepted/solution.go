func numIslands(grid [][]int) int {
	m, n := len(grid), len(grid[0])
	count := 0
	dirs := [][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}}
	for i := 0; i < m; i++ {
		for j := 0; j < n; j++ {
			if grid[i][j] != 1 {
				continue
			}
			count++
			grid[i][j] = 2
			stack := [][2]int{{i, j}}
			for len(stack) > 0 {
				p := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				for _, d := range dirs {
					a, b := p[0]+d[0], p[1]+d[1]
					if a >= 0 && a < m && b >= 0 && b < n && grid[a][b] == 1 {
						grid[a][b] = 2
						stack = append(stack, [2]int{a, b})
					}
				}
			}
		}
	}
	return count
}
