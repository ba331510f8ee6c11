type windowCount struct {
	index, count int
}

type FixedWindowCounter struct {
	limit, window int
	counts        map[string]windowCount // client -> its latest window and the requests allowed in it
}

func Constructor(limit int, windowMs int) FixedWindowCounter {
	return FixedWindowCounter{limit: limit, window: windowMs, counts: map[string]windowCount{}}
}

func (this *FixedWindowCounter) current(client string, now int) int {
	if w, ok := this.counts[client]; ok && w.index == now/this.window {
		return w.count
	}
	return 0
}

func (this *FixedWindowCounter) Allow(clientId string, now int) bool {
	count := this.current(clientId, now)
	if count >= this.limit {
		return false
	}
	this.counts[clientId] = windowCount{now / this.window, count + 1}
	return true
}

func (this *FixedWindowCounter) Remaining(clientId string, now int) int {
	return this.limit - this.current(clientId, now)
}
