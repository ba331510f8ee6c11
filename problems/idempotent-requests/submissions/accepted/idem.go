func processRequests(ids []string, timestamps []int, ttlMs int) []bool {
	processedAt := map[string]int{}
	out := make([]bool, len(ids))
	for i, key := range ids {
		if last, ok := processedAt[key]; ok && timestamps[i]-last < ttlMs {
			continue
		}
		processedAt[key] = timestamps[i]
		out[i] = true
	}
	return out
}
