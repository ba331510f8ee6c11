import "sort"

func topKFrequent(nums []int, k int) []int {
	count := map[int]int{}
	for _, x := range nums {
		count[x]++
	}
	values := make([]int, 0, len(count))
	for v := range count {
		values = append(values, v)
	}
	sort.Slice(values, func(i, j int) bool { return count[values[i]] > count[values[j]] })
	return values[:k]
}
