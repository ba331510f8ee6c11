function fnv1a32(s: string): number {
  let h = 2166136261;
  for (const b of new TextEncoder().encode(s)) {
    h ^= b;
    h = Math.imul(h, 16777619) >>> 0; // 32-bit multiply; >>> 0 keeps it unsigned
  }
  return h >>> 0;
}

class ConsistentHashRing {
  private readonly nodes = new Set<string>();
  private points: Array<[number, string]> = [];

  constructor(private readonly virtualNodes: number) {}

  addNode(node: string): void {
    if (this.nodes.has(node)) return;
    this.nodes.add(node);
    for (let i = 0; i < this.virtualNodes; i++) this.points.push([fnv1a32(`${node}#${i}`), node]);
    this.points.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  }

  removeNode(node: string): void {
    if (!this.nodes.delete(node)) return;
    this.points = this.points.filter(([, owner]) => owner !== node);
  }

  getNode(key: string): string {
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
