// Bug: a read does not make the entry most recently used (FIFO eviction instead of LRU).
class LRUCache(_capacity: Int) {
  private val entries = new java.util.LinkedHashMap[Int, Int]()

  def get(_key: Int): Int = if (entries.containsKey(_key)) entries.get(_key) else -1

  def put(_key: Int, _value: Int): Unit = {
    if (entries.containsKey(_key)) entries.remove(_key)
    else if (entries.size >= _capacity) entries.remove(entries.keySet.iterator.next())
    entries.put(_key, _value)
  }
}
