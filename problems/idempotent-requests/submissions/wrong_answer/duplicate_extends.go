// Bug: every request, duplicates included, refreshes the key's window.
func processRequests(ids []string, timestamps []int, ttlMs int) []bool {
	seen := map[string]int{}
	out := make([]bool, len(ids))
	for i, key := range ids {
		last, ok := seen[key]
		out[i] = !(ok && timestamps[i]-last < ttlMs)
		seen[key] = timestamps[i]
	}
	return out
}
