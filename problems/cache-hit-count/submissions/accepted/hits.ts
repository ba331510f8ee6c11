function cacheHits(capacity: number, accesses: number[]): number {
  const cache = new Set<number>(); // iteration order is least to most recently used
  let hits = 0;
  for (const k of accesses) {
    if (cache.has(k)) {
      hits++;
      cache.delete(k);
    } else if (cache.size >= capacity) {
      cache.delete(cache.values().next().value as number);
    }
    cache.add(k);
  }
  return hits;
}
