object Solution {
  def nextPage(sortedIds: Array[Long], afterId: Long, limit: Int): Array[Long] = {
    var lo = 0
    var hi = sortedIds.length
    while (lo < hi) {
      val mid = (lo + hi) >>> 1
      if (sortedIds(mid) <= afterId) lo = mid + 1 else hi = mid
    }
    sortedIds.slice(lo, math.min(sortedIds.length, lo + limit))
  }
}
