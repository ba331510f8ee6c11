// Bug: drops duplicate timestamps, but equal events are distinct events.
import "sort"

func mergeStreams(streams [][]int) []int {
	seen := map[int]bool{}
	out := []int{}
	for _, s := range streams {
		for _, x := range s {
			if !seen[x] {
				seen[x] = true
				out = append(out, x)
			}
		}
	}
	sort.Ints(out)
	return out
}
