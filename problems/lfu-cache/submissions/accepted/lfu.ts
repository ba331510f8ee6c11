class LFUCache {
  private readonly values = new Map<number, number>();
  private readonly uses = new Map<number, number>();
  // uses -> set of keys in order of last use (oldest first)
  private readonly buckets = new Map<number, Set<number>>();
  private minUses = 0;

  constructor(private readonly capacity: number) {}

  private bucket(f: number): Set<number> {
    let b = this.buckets.get(f);
    if (!b) {
      b = new Set<number>();
      this.buckets.set(f, b);
    }
    return b;
  }

  private touch(key: number): void {
    const f = this.uses.get(key)!;
    const b = this.buckets.get(f)!;
    b.delete(key);
    if (b.size === 0) {
      this.buckets.delete(f);
      if (this.minUses === f) this.minUses = f + 1;
    }
    this.uses.set(key, f + 1);
    this.bucket(f + 1).add(key);
  }

  get(key: number): number {
    const v = this.values.get(key);
    if (v === undefined) return -1;
    this.touch(key);
    return v;
  }

  put(key: number, value: number): void {
    if (this.values.has(key)) {
      this.touch(key);
    } else {
      if (this.values.size >= this.capacity) {
        const b = this.buckets.get(this.minUses)!;
        const victim = b.values().next().value as number;
        b.delete(victim);
        if (b.size === 0) this.buckets.delete(this.minUses);
        this.values.delete(victim);
        this.uses.delete(victim);
      }
      this.uses.set(key, 1);
      this.bucket(1).add(key);
      this.minUses = 1;
    }
    this.values.set(key, value);
  }
}
