import "container/list"

type lfuEntry struct {
	key, value, uses int
	elem             *list.Element
}

type LFUCache struct {
	capacity, minUses int
	entries           map[int]*lfuEntry
	buckets           map[int]*list.List // uses -> entries, most recently used at the front
}

func Constructor(capacity int) LFUCache {
	return LFUCache{capacity: capacity, entries: map[int]*lfuEntry{}, buckets: map[int]*list.List{}}
}

func (this *LFUCache) bucket(uses int) *list.List {
	b, ok := this.buckets[uses]
	if !ok {
		b = list.New()
		this.buckets[uses] = b
	}
	return b
}

func (this *LFUCache) touch(e *lfuEntry) {
	b := this.buckets[e.uses]
	b.Remove(e.elem)
	if b.Len() == 0 {
		delete(this.buckets, e.uses)
		if this.minUses == e.uses {
			this.minUses++
		}
	}
	e.uses++
	e.elem = this.bucket(e.uses).PushFront(e)
}

func (this *LFUCache) Get(key int) int {
	e, ok := this.entries[key]
	if !ok {
		return -1
	}
	this.touch(e)
	return e.value
}

func (this *LFUCache) Put(key int, value int) {
	if e, ok := this.entries[key]; ok {
		e.value = value
		this.touch(e)
		return
	}
	if len(this.entries) >= this.capacity {
		b := this.buckets[this.minUses]
		victim := b.Remove(b.Back()).(*lfuEntry)
		if b.Len() == 0 {
			delete(this.buckets, this.minUses)
		}
		delete(this.entries, victim.key)
	}
	e := &lfuEntry{key: key, value: value, uses: 1}
	e.elem = this.bucket(1).PushFront(e)
	this.entries[key] = e
	this.minUses = 1
}
