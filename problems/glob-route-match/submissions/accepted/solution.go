func isMatch(path string, pattern string) bool {
	n := len(path)
	// prev[i]: the pattern prefix read so far matches path[:i].
	prev := make([]bool, n+1)
	cur := make([]bool, n+1)
	prev[0] = true
	for j := 0; j < len(pattern); j++ {
		c := pattern[j]
		if c == '*' {
			seen := false
			for i := 0; i <= n; i++ {
				seen = seen || prev[i]
				cur[i] = seen
			}
		} else {
			cur[0] = false
			for i := 1; i <= n; i++ {
				cur[i] = prev[i-1] && (c == '?' || c == path[i-1])
			}
		}
		prev, cur = cur, prev
	}
	return prev[n]
}
