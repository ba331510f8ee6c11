type LeaseLock struct {
	lease          int
	holder         string
	held           bool
	token          int // the latest token handed out
	expiresAt      int
	highestWritten int // the storage's fencing check
}

func Constructor(leaseMs int) LeaseLock {
	return LeaseLock{lease: leaseMs}
}

func (this *LeaseLock) heldBy(owner string, token int, now int) bool {
	return this.held && this.holder == owner && this.token == token && now < this.expiresAt
}

func (this *LeaseLock) Acquire(owner string, now int) int {
	if this.held && now < this.expiresAt {
		if this.holder != owner {
			return -1
		}
		this.expiresAt = now + this.lease // re-acquiring extends the lease
		return this.token
	}
	this.held, this.holder = true, owner
	this.token++
	this.expiresAt = now + this.lease
	return this.token
}

func (this *LeaseLock) Renew(owner string, token int, now int) bool {
	if !this.heldBy(owner, token, now) {
		return false
	}
	this.expiresAt = now + this.lease
	return true
}

func (this *LeaseLock) Release(owner string, token int, now int) bool {
	if !this.heldBy(owner, token, now) {
		return false
	}
	this.held = false
	return true
}

func (this *LeaseLock) Write(token int) bool {
	if token < this.highestWritten {
		return false
	}
	this.highestWritten = token
	return true
}
