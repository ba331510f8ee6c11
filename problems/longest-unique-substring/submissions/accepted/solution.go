func lengthOfLongestSubstring(s string) int {
	var last [256]int
	for i := range last {
		last[i] = -1
	}
	left, best := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if last[c] >= left {
			left = last[c] + 1
		}
		last[c] = i
		if i-left+1 > best {
			best = i - left + 1
		}
	}
	return best
}
