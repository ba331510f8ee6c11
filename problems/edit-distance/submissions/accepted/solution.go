func minDistance(word1 string, word2 string) int {
	m := len(word2)
	prev := make([]int, m+1)
	cur := make([]int, m+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(word1); i++ {
		cur[0] = i
		for j := 1; j <= m; j++ {
			if word1[i-1] == word2[j-1] {
				cur[j] = prev[j-1]
			} else {
				best := prev[j-1]
				if prev[j] < best {
					best = prev[j]
				}
				if cur[j-1] < best {
					best = cur[j-1]
				}
				cur[j] = best + 1
			}
		}
		prev, cur = cur, prev
	}
	return prev[m]
}
