// Averages the two middle values with integer division, losing the .5.
class MedianFinder() {
  private val vals = scala.collection.mutable.ArrayBuffer[Int]()

  def addNum(num: Int): Unit = {
    var lo = 0
    var hi = vals.length
    while (lo < hi) {
      val mid = (lo + hi) >>> 1
      if (vals(mid) < num) lo = mid + 1 else hi = mid
    }
    vals.insert(lo, num)
  }

  def findMedian(): Double = {
    val n = vals.length
    if (n % 2 == 1) vals(n / 2) else (vals(n / 2 - 1).toLong + vals(n / 2)) / 2
  }
}
