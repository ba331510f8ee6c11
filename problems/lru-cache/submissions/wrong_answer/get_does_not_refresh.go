// Bug: a read does not make the entry most recently used (FIFO eviction instead of LRU).
type LRUCache struct {
	capacity int
	values   map[int]int
	order    []int // keys, least recently written first
}

func Constructor(capacity int) LRUCache {
	return LRUCache{capacity: capacity, values: map[int]int{}}
}

func (this *LRUCache) Get(key int) int {
	if v, ok := this.values[key]; ok {
		return v
	}
	return -1
}

func (this *LRUCache) Put(key int, value int) {
	if _, ok := this.values[key]; ok {
		this.remove(key)
	} else if len(this.values) >= this.capacity {
		delete(this.values, this.order[0])
		this.order = this.order[1:]
	}
	this.values[key] = value
	this.order = append(this.order, key)
}

func (this *LRUCache) remove(key int) {
	for i, k := range this.order {
		if k == key {
			this.order = append(this.order[:i], this.order[i+1:]...)
			return
		}
	}
}
