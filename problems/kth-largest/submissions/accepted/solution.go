import "sort"

func findKthLargest(nums []int, k int) int {
	a := append([]int(nil), nums...)
	sort.Ints(a)
	return a[len(a)-k]
}
