// Forgets the empty subset.
func subsets(nums []int) [][]int {
	out := [][]int{}
	for _, x := range nums {
		size := len(out)
		for i := 0; i < size; i++ {
			s := make([]int, len(out[i]), len(out[i])+1)
			copy(s, out[i])
			out = append(out, append(s, x))
		}
		out = append(out, []int{x})
	}
	return out
}
