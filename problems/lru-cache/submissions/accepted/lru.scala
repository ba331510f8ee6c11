class LRUCache(_capacity: Int) {
  // accessOrder = true: every get/put moves the entry to the tail.
  private val entries = new java.util.LinkedHashMap[Int, Int](16, 0.75f, true)

  def get(_key: Int): Int = if (entries.containsKey(_key)) entries.get(_key) else -1

  def put(_key: Int, _value: Int): Unit = {
    if (!entries.containsKey(_key) && entries.size >= _capacity) entries.remove(entries.keySet.iterator.next())
    entries.put(_key, _value)
  }
}
