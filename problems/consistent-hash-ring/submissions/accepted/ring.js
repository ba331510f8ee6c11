function fnv1a32(s) {
  let h = 2166136261;
  for (const b of Buffer.from(s, 'utf8')) {
    h ^= b;
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h >>> 0;
}

class ConsistentHashRing {
  constructor(virtualNodes) {
    this.vn = virtualNodes;
    this.nodes = new Set();
    this.points = []; // sorted by [position, node]
  }

  addNode(node) {
    if (this.nodes.has(node)) return;
    this.nodes.add(node);
    for (let i = 0; i < this.vn; i++) this.points.push([fnv1a32(`${node}#${i}`), node]);
    this.points.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  }

  removeNode(node) {
    if (!this.nodes.delete(node)) return;
    this.points = this.points.filter((p) => p[1] !== node);
  }

  getNode(key) {
    if (this.points.length === 0) return '';
    const h = fnv1a32(key);
    let lo = 0;
    let hi = this.points.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.points[mid][0] < h) lo = mid + 1;
      else hi = mid;
    }
    return this.points[lo % this.points.length][1];
  }
}
