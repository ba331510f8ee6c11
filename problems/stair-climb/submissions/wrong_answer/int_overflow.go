// Counts in a 32-bit int, which overflows from n = 46 on.
func climbStairs(n int) int {
	var prev, cur int32 = 1, 1
	for i := 1; i < n; i++ {
		prev, cur = cur, prev+cur
	}
	return int(cur)
}
