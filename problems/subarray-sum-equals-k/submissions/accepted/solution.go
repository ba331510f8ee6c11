func subarraySum(deltas []int, k int) int {
	seen := map[int]int{0: 1}
	total, count := 0, 0
	for _, d := range deltas {
		total += d
		count += seen[total-k]
		seen[total]++
	}
	return count
}
