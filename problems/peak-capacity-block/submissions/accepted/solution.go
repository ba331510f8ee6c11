func largestBlock(free []int) int {
	n := len(free)
	st := make([]int, 0, n+1)
	best := 0
	for i := 0; i <= n; i++ {
		h := -1
		if i < n {
			h = free[i]
		}
		for len(st) > 0 && free[st[len(st)-1]] >= h {
			c := free[st[len(st)-1]]
			st = st[:len(st)-1]
			left := 0
			if len(st) > 0 {
				left = st[len(st)-1] + 1
			}
			if c*(i-left) > best {
				best = c * (i - left)
			}
		}
		st = append(st, i)
	}
	return best
}
