const (
	breakerClosed = iota
	breakerOpen
	breakerHalfOpen
)

type CircuitBreaker struct {
	threshold, openMs        int
	state, failures, openedAt int
}

func Constructor(failureThreshold int, openMs int) CircuitBreaker {
	return CircuitBreaker{threshold: failureThreshold, openMs: openMs, state: breakerClosed}
}

func (this *CircuitBreaker) AllowRequest(timestampMs int) bool {
	switch this.state {
	case breakerClosed:
		return true
	case breakerOpen:
		if timestampMs-this.openedAt >= this.openMs {
			this.state = breakerHalfOpen
			return true
		}
	}
	return false
}

func (this *CircuitBreaker) RecordSuccess(timestampMs int) {
	if this.state != breakerOpen {
		this.state = breakerClosed
		this.failures = 0
	}
}

func (this *CircuitBreaker) RecordFailure(timestampMs int) {
	switch this.state {
	case breakerClosed:
		this.failures++
		if this.failures >= this.threshold {
			this.state, this.openedAt = breakerOpen, timestampMs
		}
	case breakerHalfOpen:
		this.state, this.openedAt = breakerOpen, timestampMs
	}
}
