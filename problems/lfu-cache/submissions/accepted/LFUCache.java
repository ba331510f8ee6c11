class LFUCache {
    private final int capacity;
    private final Map<Integer, Integer> values = new HashMap<>();
    private final Map<Integer, Integer> uses = new HashMap<>();
    // uses -> keys in order of last use, oldest first
    private final Map<Integer, LinkedHashSet<Integer>> buckets = new HashMap<>();
    private int minUses = 0;

    public LFUCache(int capacity) {
        this.capacity = capacity;
    }

    private void touch(int key) {
        int f = uses.get(key);
        LinkedHashSet<Integer> b = buckets.get(f);
        b.remove(key);
        if (b.isEmpty()) {
            buckets.remove(f);
            if (minUses == f) minUses = f + 1;
        }
        uses.put(key, f + 1);
        buckets.computeIfAbsent(f + 1, x -> new LinkedHashSet<>()).add(key);
    }

    public int get(int key) {
        Integer v = values.get(key);
        if (v == null) return -1;
        touch(key);
        return v;
    }

    public void put(int key, int value) {
        if (values.containsKey(key)) {
            touch(key);
        } else {
            if (values.size() >= capacity) {
                LinkedHashSet<Integer> b = buckets.get(minUses);
                int victim = b.iterator().next();
                b.remove(victim);
                if (b.isEmpty()) buckets.remove(minUses);
                values.remove(victim);
                uses.remove(victim);
            }
            uses.put(key, 1);
            buckets.computeIfAbsent(1, x -> new LinkedHashSet<>()).add(key);
            minUses = 1;
        }
        values.put(key, value);
    }
}
