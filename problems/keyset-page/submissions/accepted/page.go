import "sort"

func nextPage(sortedIds []int, afterId int, limit int) []int {
	start := sort.Search(len(sortedIds), func(i int) bool { return sortedIds[i] > afterId })
	end := start + limit
	if end > len(sortedIds) {
		end = len(sortedIds)
	}
	return append([]int{}, sortedIds[start:end]...)
}
