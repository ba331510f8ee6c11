type SlidingWindowLimiter struct {
	limit, windowMs int
	logs            map[string][]int // accepted timestamps per client; expired ones are sliced off
}

func Constructor(limit int, windowMs int) SlidingWindowLimiter {
	return SlidingWindowLimiter{limit: limit, windowMs: windowMs, logs: map[string][]int{}}
}

func (this *SlidingWindowLimiter) Allow(clientId string, timestampMs int) bool {
	log := this.logs[clientId]
	i := 0
	for i < len(log) && log[i] <= timestampMs-this.windowMs {
		i++
	}
	log = log[i:]
	if len(log) >= this.limit {
		this.logs[clientId] = log
		return false
	}
	this.logs[clientId] = append(log, timestampMs)
	return true
}
