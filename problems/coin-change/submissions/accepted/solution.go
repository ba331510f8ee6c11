func coinChange(coins []int, amount int) int {
	inf := amount + 1
	best := make([]int, amount+1)
	for i := 1; i <= amount; i++ {
		best[i] = inf
	}
	for _, c := range coins {
		for a := c; a <= amount; a++ {
			if best[a-c]+1 < best[a] {
				best[a] = best[a-c] + 1
			}
		}
	}
	if best[amount] == inf {
		return -1
	}
	return best[amount]
}
