import "sort"

func percentile(latenciesMs []int, p int) int {
	sorted := append([]int(nil), latenciesMs...)
	sort.Ints(sorted)
	rank := (p*len(sorted) + 99) / 100
	return sorted[rank-1]
}
