import "sort"

func merge(intervals [][]int) [][]int {
	sorted := append([][]int(nil), intervals...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i][0] < sorted[j][0] })
	out := [][]int{}
	for _, iv := range sorted {
		if n := len(out); n > 0 && iv[0] <= out[n-1][1] {
			if iv[1] > out[n-1][1] {
				out[n-1][1] = iv[1]
			}
		} else {
			out = append(out, []int{iv[0], iv[1]})
		}
	}
	return out
}
