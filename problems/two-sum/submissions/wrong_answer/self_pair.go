// Indexes every value first, then looks up complements: pairs an entry with itself when 2*x == target.
func twoSum(nums []int, target int) []int {
	index := make(map[int]int, len(nums))
	for i, x := range nums {
		index[x] = i
	}
	for i, x := range nums {
		if j, ok := index[target-x]; ok {
			return []int{i, j}
		}
	}
	return nil
}
