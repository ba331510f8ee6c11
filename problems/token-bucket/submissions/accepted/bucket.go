type TokenBucket struct {
	capMilli, rate, level, last int // milli-tokens: exact integer arithmetic
	started                     bool
}

func Constructor(capacity int, refillPerSecond int) TokenBucket {
	return TokenBucket{capMilli: capacity * 1000, rate: refillPerSecond, level: capacity * 1000}
}

func (this *TokenBucket) Allow(timestampMs int, cost int) bool {
	if this.started {
		this.level += (timestampMs - this.last) * this.rate
		if this.level > this.capMilli {
			this.level = this.capMilli
		}
	}
	this.started = true
	this.last = timestampMs
	if this.level < cost*1000 {
		return false
	}
	this.level -= cost * 1000
	return true
}
