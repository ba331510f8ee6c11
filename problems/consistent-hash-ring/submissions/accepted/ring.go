import (
	"sort"
	"strconv"
)

type ringPoint struct {
	pos  uint32
	node string
}

type ConsistentHashRing struct {
	virtualNodes int
	nodes        map[string]bool
	points       []ringPoint // sorted by (pos, node)
}

func fnv1a32(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func Constructor(virtualNodes int) ConsistentHashRing {
	return ConsistentHashRing{virtualNodes: virtualNodes, nodes: map[string]bool{}}
}

func (this *ConsistentHashRing) AddNode(node string) {
	if this.nodes[node] {
		return
	}
	this.nodes[node] = true
	for i := 0; i < this.virtualNodes; i++ {
		this.points = append(this.points, ringPoint{fnv1a32(node + "#" + strconv.Itoa(i)), node})
	}
	sort.Slice(this.points, func(a, b int) bool {
		if this.points[a].pos != this.points[b].pos {
			return this.points[a].pos < this.points[b].pos
		}
		return this.points[a].node < this.points[b].node
	})
}

func (this *ConsistentHashRing) RemoveNode(node string) {
	if !this.nodes[node] {
		return
	}
	delete(this.nodes, node)
	kept := this.points[:0]
	for _, p := range this.points {
		if p.node != node {
			kept = append(kept, p)
		}
	}
	this.points = kept
}

func (this *ConsistentHashRing) GetNode(key string) string {
	if len(this.points) == 0 {
		return ""
	}
	h := fnv1a32(key)
	i := sort.Search(len(this.points), func(i int) bool { return this.points[i].pos >= h })
	return this.points[i%len(this.points)].node
}
