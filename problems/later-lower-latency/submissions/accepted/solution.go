func countLaterLower(latency []int) []int {
	// Merge sort on indices, counting for each element how many smaller ones
	// move in front of it from the right half.
	n := len(latency)
	idx := make([]int, n)
	tmp := make([]int, n)
	out := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	var sortRange func(lo, hi int)
	sortRange = func(lo, hi int) {
		if hi-lo <= 1 {
			return
		}
		mid := (lo + hi) / 2
		sortRange(lo, mid)
		sortRange(mid, hi)
		i, j, k := lo, mid, lo
		for i < mid || j < hi {
			if j == hi || (i < mid && latency[idx[i]] <= latency[idx[j]]) {
				out[idx[i]] += j - mid
				tmp[k] = idx[i]
				i++
			} else {
				tmp[k] = idx[j]
				j++
			}
			k++
		}
		copy(idx[lo:hi], tmp[lo:hi])
	}
	sortRange(0, n)
	return out
}
