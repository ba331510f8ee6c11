type trieNode struct {
	next [26]*trieNode
	end  bool
}

type Trie struct {
	root *trieNode
}

func Constructor() Trie {
	return Trie{root: &trieNode{}}
}

func (this *Trie) Insert(word string) {
	node := this.root
	for i := 0; i < len(word); i++ {
		c := word[i] - 'a'
		if node.next[c] == nil {
			node.next[c] = &trieNode{}
		}
		node = node.next[c]
	}
	node.end = true
}

func (this *Trie) walk(s string) *trieNode {
	node := this.root
	for i := 0; i < len(s) && node != nil; i++ {
		node = node.next[s[i]-'a']
	}
	return node
}

func (this *Trie) Search(word string) bool {
	node := this.walk(word)
	return node != nil && node.end
}

func (this *Trie) StartsWith(prefix string) bool {
	return this.walk(prefix) != nil
}
