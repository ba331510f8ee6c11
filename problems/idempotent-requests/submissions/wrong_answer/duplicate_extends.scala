// Bug: every request, duplicates included, refreshes the key's window.
object Solution {
  def processRequests(ids: Array[String], timestamps: Array[Long], ttlMs: Long): Array[Boolean] = {
    val seen = scala.collection.mutable.HashMap[String, Long]()
    ids.indices.map { i =>
      val fresh = !seen.get(ids(i)).exists(timestamps(i) - _ < ttlMs)
      seen(ids(i)) = timestamps(i)
      fresh
    }.toArray
  }
}
