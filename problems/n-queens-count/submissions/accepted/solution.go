func countPlacements(board []string) int {
	n := len(board)
	full := (1 << n) - 1
	blocked := make([]int, n)
	for r, row := range board {
		for c, ch := range row {
			if ch == '#' {
				blocked[r] |= 1 << c
			}
		}
	}
	var place func(r, cols, diag, anti int) int
	place = func(r, cols, diag, anti int) int {
		if r == n {
			return 1
		}
		total := 0
		free := full &^ (cols | diag | anti | blocked[r])
		for free != 0 {
			b := free & -free
			free ^= b
			total += place(r+1, cols|b, ((diag|b)<<1)&full, (anti|b)>>1)
		}
		return total
	}
	return place(0, 0, 0, 0)
}
