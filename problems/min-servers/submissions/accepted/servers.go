import "sort"

func minServers(jobs [][]int) int {
	starts := make([]int, len(jobs))
	ends := make([]int, len(jobs))
	for i, j := range jobs {
		starts[i], ends[i] = j[0], j[1]
	}
	sort.Ints(starts)
	sort.Ints(ends)
	busy, best, k := 0, 0, 0
	for _, s := range starts {
		for ends[k] <= s {
			busy--
			k++
		}
		busy++
		if busy > best {
			best = busy
		}
	}
	return best
}
