import java.util.Collections
import java.util.PriorityQueue

class MedianFinder() {
    private val low = PriorityQueue<Int>(Collections.reverseOrder())
    private val high = PriorityQueue<Int>()

    fun addNum(num: Int) {
        low.add(num)
        high.add(low.poll())
        if (high.size > low.size) low.add(high.poll())
    }

    fun findMedian(): Double =
        if (low.size > high.size) low.peek().toDouble() else (low.peek().toLong() + high.peek()) / 2.0
}
