var cacheHits = function (capacity, accesses) {
  const cache = new Set(); // insertion order = recency order
  let hits = 0;
  for (const k of accesses) {
    if (cache.has(k)) {
      hits++;
      cache.delete(k);
    } else if (cache.size >= capacity) {
      cache.delete(cache.values().next().value);
    }
    cache.add(k);
  }
  return hits;
};
