object Solution {
  def processRequests(ids: Array[String], timestamps: Array[Long], ttlMs: Long): Array[Boolean] = {
    val processedAt = scala.collection.mutable.HashMap[String, Long]()
    ids.indices.map { i =>
      processedAt.get(ids(i)) match {
        case Some(last) if timestamps(i) - last < ttlMs => false
        case _ =>
          processedAt(ids(i)) = timestamps(i)
          true
      }
    }.toArray
  }
}
