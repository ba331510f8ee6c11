interface TrieNode {
  children: (TrieNode | undefined)[];
  end: boolean;
}

class Trie {
  private root: TrieNode = { children: [], end: false };

  insert(word: string): void {
    let node = this.root;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i) - 97;
      node = node.children[c] ??= { children: [], end: false };
    }
    node.end = true;
  }

  private walk(s: string): TrieNode | null {
    let node: TrieNode | undefined = this.root;
    for (let i = 0; i < s.length && node; i++) node = node.children[s.charCodeAt(i) - 97];
    return node ?? null;
  }

  search(word: string): boolean {
    const node = this.walk(word);
    return node !== null && node.end;
  }

  startsWith(prefix: string): boolean {
    return this.walk(prefix) !== null;
  }
}
