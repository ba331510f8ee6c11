import "sort"

func threeSum(nums []int) [][]int {
	a := append([]int(nil), nums...)
	sort.Ints(a)
	n := len(a)
	out := [][]int{}
	for i := 0; i+2 < n && a[i] <= 0; i++ {
		if i > 0 && a[i] == a[i-1] {
			continue
		}
		lo, hi := i+1, n-1
		for lo < hi {
			s := a[i] + a[lo] + a[hi]
			switch {
			case s < 0:
				lo++
			case s > 0:
				hi--
			default:
				out = append(out, []int{a[i], a[lo], a[hi]})
				lo++
				for lo < hi && a[lo] == a[lo-1] {
					lo++
				}
				hi--
			}
		}
	}
	return out
}
