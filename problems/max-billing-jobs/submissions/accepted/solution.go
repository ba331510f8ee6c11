func maxBilling(start []int, end []int, pay []int) int {
	n := len(start)
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return end[order[a]] < end[order[b]] })
	ends := make([]int, n)
	for k, i := range order {
		ends[k] = end[i]
	}
	best := make([]int, n+1)
	for k, i := range order {
		s := start[i]
		j := sort.Search(k, func(m int) bool { return ends[m] > s })
		best[k+1] = best[k]
		if v := best[j] + pay[i]; v > best[k+1] {
			best[k+1] = v
		}
	}
	return best[n]
}
