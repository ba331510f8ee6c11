// Bug: a read does not make the entry most recently used (FIFO eviction instead of LRU).
class LRUCache {
    private final int capacity;
    private final LinkedHashMap<Integer, Integer> entries = new LinkedHashMap<>(); // insertion order

    public LRUCache(int capacity) {
        this.capacity = capacity;
    }

    public int get(int key) {
        return entries.getOrDefault(key, -1);
    }

    public void put(int key, int value) {
        if (entries.containsKey(key)) entries.remove(key);
        else if (entries.size() >= capacity) entries.remove(entries.keySet().iterator().next());
        entries.put(key, value);
    }
}
