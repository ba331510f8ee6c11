import scala.collection.mutable

object Solution {
  def mergeStreams(streams: Array[Array[Long]]): Array[Long] = {
    val pos = new Array[Int](streams.length)
    // Smallest head first: PriorityQueue dequeues the largest, so the ordering is reversed.
    val heap = mutable.PriorityQueue[Int]()(Ordering.by((s: Int) => streams(s)(pos(s))).reverse)
    for (i <- streams.indices if streams(i).nonEmpty) heap.enqueue(i)
    val out = new Array[Long](streams.map(_.length).sum)
    var n = 0
    while (heap.nonEmpty) {
      val s = heap.dequeue()
      out(n) = streams(s)(pos(s))
      n += 1
      pos(s) += 1
      if (pos(s) < streams(s).length) heap.enqueue(s)
    }
    out
  }
}
