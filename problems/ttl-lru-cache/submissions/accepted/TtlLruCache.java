class TtlLruCache {
    private final int capacity;
    private long stamp = 0;
    // key -> {value, expiresAt, stamp}; insertion order is recency order (first = least recent)
    private final LinkedHashMap<Integer, long[]> items = new LinkedHashMap<>();
    // {expiresAt, stamp, key}; an item is stale when the key's stamp changed since
    private final PriorityQueue<long[]> expiry =
        new PriorityQueue<>((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));

    public TtlLruCache(int capacity) {
        this.capacity = capacity;
    }

    private void dropExpired(long now) {
        while (!expiry.isEmpty() && expiry.peek()[0] <= now) {
            long[] e = expiry.poll();
            int key = (int) e[2];
            long[] item = items.get(key);
            if (item != null && item[2] == e[1]) items.remove(key);
        }
    }

    public void put(int key, int value, int ttlMs, long now) {
        items.remove(key);
        dropExpired(now);
        if (items.size() == capacity) {
            Integer lru = items.keySet().iterator().next();
            items.remove(lru);
        }
        stamp++;
        items.put(key, new long[] {value, now + ttlMs, stamp});
        expiry.add(new long[] {now + ttlMs, stamp, key});
    }

    public int get(int key, long now) {
        long[] item = items.get(key);
        if (item == null || item[1] <= now) return -1;
        items.remove(key); // move to the most recent end
        items.put(key, item);
        return (int) item[0];
    }

    public int size(long now) {
        dropExpired(now);
        return items.size();
    }
}
