// Bug: a read does not make the entry most recently used (FIFO eviction instead of LRU).
class LRUCache(private val capacity: Int) {
    private val entries = LinkedHashMap<Int, Int>()

    fun get(key: Int): Int = entries[key] ?: -1

    fun put(key: Int, value: Int) {
        if (key in entries) entries.remove(key)
        else if (entries.size >= capacity) entries.remove(entries.keys.first())
        entries[key] = value
    }
}
