class Solution {
    public int cacheHits(int capacity, int[] accesses) {
        LinkedHashMap<Integer, Boolean> cache = new LinkedHashMap<>(16, 0.75f, true); // access order
        int hits = 0;
        for (int k : accesses) {
            if (cache.get(k) != null) {
                hits++;
                continue;
            }
            if (cache.size() >= capacity) cache.remove(cache.keySet().iterator().next());
            cache.put(k, Boolean.TRUE);
        }
        return hits;
    }
}
