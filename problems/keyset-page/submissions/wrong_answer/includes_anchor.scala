// Bug: a lower bound, so the anchor id itself is repeated at the top of the next page.
object Solution {
  def nextPage(sortedIds: Array[Long], afterId: Long, limit: Int): Array[Long] =
    sortedIds.dropWhile(_ < afterId).take(limit)
}
