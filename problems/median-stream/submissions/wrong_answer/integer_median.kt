// Averages the two middle values with integer division, losing the .5.
class MedianFinder() {
    private val vals = ArrayList<Int>()

    fun addNum(num: Int) {
        var i = vals.binarySearch(num)
        if (i < 0) i = -i - 1
        vals.add(i, num)
    }

    fun findMedian(): Double {
        val n = vals.size
        if (n % 2 == 1) return vals[n / 2].toDouble()
        return ((vals[n / 2 - 1].toLong() + vals[n / 2]) / 2).toDouble()
    }
}
