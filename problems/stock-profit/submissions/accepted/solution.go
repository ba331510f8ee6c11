func maxProfit(prices []int) int {
	best, low := 0, prices[0]
	for _, p := range prices {
		if p-low > best {
			best = p - low
		}
		if p < low {
			low = p
		}
	}
	return best
}
