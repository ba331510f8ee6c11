import "container/heap"

type streamHeads struct {
	streams [][]int
	pos     []int
	idx     []int
}

func (h *streamHeads) Len() int { return len(h.idx) }
func (h *streamHeads) Less(a, b int) bool {
	x, y := h.idx[a], h.idx[b]
	return h.streams[x][h.pos[x]] < h.streams[y][h.pos[y]]
}
func (h *streamHeads) Swap(a, b int)      { h.idx[a], h.idx[b] = h.idx[b], h.idx[a] }
func (h *streamHeads) Push(x interface{}) { h.idx = append(h.idx, x.(int)) }
func (h *streamHeads) Pop() interface{} {
	x := h.idx[len(h.idx)-1]
	h.idx = h.idx[:len(h.idx)-1]
	return x
}

func mergeStreams(streams [][]int) []int {
	h := &streamHeads{streams: streams, pos: make([]int, len(streams))}
	for i, s := range streams {
		if len(s) > 0 {
			h.idx = append(h.idx, i)
		}
	}
	heap.Init(h)
	out := []int{}
	for h.Len() > 0 {
		s := h.idx[0]
		out = append(out, streams[s][h.pos[s]])
		h.pos[s]++
		if h.pos[s] == len(streams[s]) {
			heap.Pop(h)
		} else {
			heap.Fix(h, 0)
		}
	}
	return out
}
