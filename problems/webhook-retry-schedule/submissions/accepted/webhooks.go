import "container/heap"

type attempt struct {
	due, idx, k int // due time, webhook index, attempt number
}

type attemptHeap []attempt

func (h attemptHeap) Len() int { return len(h) }
func (h attemptHeap) Less(i, j int) bool {
	if h[i].due != h[j].due {
		return h[i].due < h[j].due
	}
	return h[i].idx < h[j].idx
}
func (h attemptHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *attemptHeap) Push(x interface{}) { *h = append(*h, x.(attempt)) }
func (h *attemptHeap) Pop() interface{} {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func deliveryTimes(createdAt []int, failures []int, durationMs int, baseDelayMs int, maxDelayMs int, maxAttempts int) []int {
	h := make(attemptHeap, len(createdAt))
	out := make([]int, len(createdAt))
	for i, t := range createdAt {
		h[i] = attempt{t, i, 1}
		out[i] = -1
	}
	heap.Init(&h)
	freeAt := 0
	for h.Len() > 0 {
		a := heap.Pop(&h).(attempt)
		start := a.due
		if freeAt > start {
			start = freeAt
		}
		finish := start + durationMs
		freeAt = finish
		if a.k > failures[a.idx] {
			out[a.idx] = finish
		} else if a.k < maxAttempts {
			delay := baseDelayMs << (a.k - 1)
			if delay > maxDelayMs {
				delay = maxDelayMs
			}
			heap.Push(&h, attempt{finish + delay, a.idx, a.k + 1})
		}
	}
	return out
}
