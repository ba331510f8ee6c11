import "container/list"

func cacheHits(capacity int, accesses []int) int {
	order := list.New() // front = most recently used
	where := map[int]*list.Element{}
	hits := 0
	for _, k := range accesses {
		if e, ok := where[k]; ok {
			hits++
			order.MoveToFront(e)
			continue
		}
		if order.Len() >= capacity {
			delete(where, order.Remove(order.Back()).(int))
		}
		where[k] = order.PushFront(k)
	}
	return hits
}
