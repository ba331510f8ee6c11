func maxNonAdjacent(values []int) int {
	prev2, prev1 := 0, 0
	for _, v := range values {
		cur := prev1
		if prev2+v > cur {
			cur = prev2 + v
		}
		prev2, prev1 = prev1, cur
	}
	return prev1
}
