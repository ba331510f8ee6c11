class LRUCache(private val capacity: Int) {
    // accessOrder = true: every get/put moves the entry to the tail.
    private val entries = LinkedHashMap<Int, Int>(16, 0.75f, true)

    fun get(key: Int): Int = entries[key] ?: -1

    fun put(key: Int, value: Int) {
        if (key !in entries && entries.size >= capacity) entries.remove(entries.keys.first())
        entries[key] = value
    }
}
