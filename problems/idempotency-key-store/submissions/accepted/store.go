type entry struct {
	storedAt int
	hash     string
	response string
}

type queued struct {
	storedAt int
	key      string
}

type IdempotencyStore struct {
	ttl     int
	entries map[string]entry
	order   []queued // expiry order, since the TTL is shared; head is the next to expire
	head    int
}

func Constructor(ttlMs int) IdempotencyStore {
	return IdempotencyStore{ttl: ttlMs, entries: map[string]entry{}}
}

func (this *IdempotencyStore) Store(key string, requestHash string, response string, now int) string {
	e, ok := this.entries[key]
	if !ok || now >= e.storedAt+this.ttl {
		this.entries[key] = entry{now, requestHash, response}
		this.order = append(this.order, queued{now, key})
		return response
	}
	if e.hash == requestHash {
		return e.response
	}
	return "CONFLICT"
}

func (this *IdempotencyStore) Lookup(key string, now int) string {
	e, ok := this.entries[key]
	if ok && now < e.storedAt+this.ttl {
		return e.response
	}
	return ""
}

func (this *IdempotencyStore) Purge(now int) int {
	removed := 0
	for this.head < len(this.order) && now >= this.order[this.head].storedAt+this.ttl {
		q := this.order[this.head]
		this.head++
		if e, ok := this.entries[q.key]; ok && e.storedAt == q.storedAt {
			delete(this.entries, q.key)
			removed++
		}
	}
	return removed
}
