// Bug: a read does not make the entry most recently used (FIFO eviction instead of LRU).
class LRUCache {
  private readonly entries = new Map<number, number>();

  constructor(private readonly capacity: number) {}

  get(key: number): number {
    return this.entries.get(key) ?? -1;
  }

  put(key: number, value: number): void {
    if (this.entries.has(key)) {
      this.entries.delete(key);
    } else if (this.entries.size >= this.capacity) {
      this.entries.delete(this.entries.keys().next().value as number);
    }
    this.entries.set(key, value);
  }
}
