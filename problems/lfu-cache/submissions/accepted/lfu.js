// uses -> Map of keys (insertion order = oldest last use first); Maps give O(1) move-to-end.
class LFUCache {
  constructor(capacity) {
    this.capacity = capacity;
    this.values = new Map();
    this.uses = new Map();
    this.buckets = new Map();
    this.minUses = 0;
  }

  touch(key) {
    const f = this.uses.get(key);
    const bucket = this.buckets.get(f);
    bucket.delete(key);
    if (bucket.size === 0) {
      this.buckets.delete(f);
      if (this.minUses === f) this.minUses = f + 1;
    }
    this.uses.set(key, f + 1);
    if (!this.buckets.has(f + 1)) this.buckets.set(f + 1, new Map());
    this.buckets.get(f + 1).set(key, true);
  }

  get(key) {
    if (!this.values.has(key)) return -1;
    this.touch(key);
    return this.values.get(key);
  }

  put(key, value) {
    if (this.values.has(key)) {
      this.touch(key);
    } else {
      if (this.values.size >= this.capacity) {
        const bucket = this.buckets.get(this.minUses);
        const victim = bucket.keys().next().value;
        bucket.delete(victim);
        if (bucket.size === 0) this.buckets.delete(this.minUses);
        this.values.delete(victim);
        this.uses.delete(victim);
      }
      this.uses.set(key, 1);
      if (!this.buckets.has(1)) this.buckets.set(1, new Map());
      this.buckets.get(1).set(key, true);
      this.minUses = 1;
    }
    this.values.set(key, value);
  }
}
