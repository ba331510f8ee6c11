import scala.collection.mutable

class MedianFinder() {
  private val low = mutable.PriorityQueue[Int]()
  private val high = mutable.PriorityQueue[Int]()(Ordering[Int].reverse)

  def addNum(num: Int): Unit = {
    low.enqueue(num)
    high.enqueue(low.dequeue())
    if (high.size > low.size) low.enqueue(high.dequeue())
  }

  def findMedian(): Double =
    if (low.size > high.size) low.head.toDouble else (low.head.toLong + high.head) / 2.0
}
