import "container/heap"

type nameHeap []string

func (h nameHeap) Len() int            { return len(h) }
func (h nameHeap) Less(a, b int) bool  { return h[a] < h[b] }
func (h nameHeap) Swap(a, b int)       { h[a], h[b] = h[b], h[a] }
func (h *nameHeap) Push(x interface{}) { *h = append(*h, x.(string)) }
func (h *nameHeap) Pop() interface{} {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func migrationOrder(names []string, deps [][]string) []string {
	waiting := map[string]int{}
	unblocks := map[string][]string{}
	for _, d := range deps {
		unblocks[d[1]] = append(unblocks[d[1]], d[0])
		waiting[d[0]]++
	}
	ready := &nameHeap{}
	for _, n := range names {
		if waiting[n] == 0 {
			*ready = append(*ready, n)
		}
	}
	heap.Init(ready)
	order := []string{}
	for ready.Len() > 0 {
		n := heap.Pop(ready).(string)
		order = append(order, n)
		for _, m := range unblocks[n] {
			waiting[m]--
			if waiting[m] == 0 {
				heap.Push(ready, m)
			}
		}
	}
	if len(order) != len(names) {
		return []string{}
	}
	return order
}
