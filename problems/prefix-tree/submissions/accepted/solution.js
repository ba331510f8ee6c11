class Trie {
  constructor() {
    this.root = { children: new Map(), end: false };
  }
  insert(word) {
    let node = this.root;
    for (const ch of word) {
      let next = node.children.get(ch);
      if (!next) { next = { children: new Map(), end: false }; node.children.set(ch, next); }
      node = next;
    }
    node.end = true;
  }
  walk(s) {
    let node = this.root;
    for (const ch of s) {
      node = node.children.get(ch);
      if (!node) return null;
    }
    return node;
  }
  search(word) {
    const node = this.walk(word);
    return node !== null && node.end;
  }
  startsWith(prefix) {
    return this.walk(prefix) !== null;
  }
}
