type RetryBudget struct {
	ratio, minRetries, window int
	requests, retries         []int // event times in the window, oldest first
}

func Constructor(ratioPercent int, minRetries int, windowMs int) RetryBudget {
	return RetryBudget{ratio: ratioPercent, minRetries: minRetries, window: windowMs}
}

// slide drops the events at or before now - window from the front of q.
func slide(q []int, now, window int) []int {
	i := 0
	for i < len(q) && q[i] <= now-window {
		i++
	}
	return q[i:]
}

func (this *RetryBudget) Request(now int) {
	this.requests = append(slide(this.requests, now, this.window), now)
	this.retries = slide(this.retries, now, this.window)
}

func (this *RetryBudget) TryRetry(now int) bool {
	this.requests = slide(this.requests, now, this.window)
	this.retries = slide(this.retries, now, this.window)
	if len(this.retries) < this.minRetries+len(this.requests)*this.ratio/100 {
		this.retries = append(this.retries, now)
		return true
	}
	return false
}
