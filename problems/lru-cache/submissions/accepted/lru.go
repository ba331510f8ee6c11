type lruNode struct {
	key, value int
	prev, next *lruNode
}

type LRUCache struct {
	capacity int
	nodes    map[int]*lruNode
	head     *lruNode // sentinel; head.next is the most recently used
}

func Constructor(capacity int) LRUCache {
	head := &lruNode{}
	head.prev, head.next = head, head
	return LRUCache{capacity: capacity, nodes: map[int]*lruNode{}, head: head}
}

func (this *LRUCache) unlink(n *lruNode) {
	n.prev.next, n.next.prev = n.next, n.prev
}

func (this *LRUCache) pushFront(n *lruNode) {
	n.prev, n.next = this.head, this.head.next
	this.head.next.prev = n
	this.head.next = n
}

func (this *LRUCache) Get(key int) int {
	n, ok := this.nodes[key]
	if !ok {
		return -1
	}
	this.unlink(n)
	this.pushFront(n)
	return n.value
}

func (this *LRUCache) Put(key int, value int) {
	if n, ok := this.nodes[key]; ok {
		n.value = value
		this.unlink(n)
		this.pushFront(n)
		return
	}
	if len(this.nodes) >= this.capacity {
		last := this.head.prev
		this.unlink(last)
		delete(this.nodes, last.key)
	}
	n := &lruNode{key: key, value: value}
	this.nodes[key] = n
	this.pushFront(n)
}
