func shortestWindow(events []string, required []string) []int {
	need := make(map[string]int, len(required))
	for _, r := range required {
		need[r]++
	}
	missing, bestLen, bi, bj, i := len(required), len(events)+1, -1, -1, 0
	for j, e := range events {
		c, ok := need[e]
		if !ok {
			continue
		}
		if c > 0 {
			missing--
		}
		need[e] = c - 1
		for missing == 0 {
			if j-i+1 < bestLen {
				bestLen, bi, bj = j-i+1, i, j
			}
			s := events[i]
			i++
			if d, ok := need[s]; ok {
				need[s] = d + 1
				if d+1 > 0 {
					missing++
				}
			}
		}
	}
	return []int{bi, bj}
}
