class Solution {
    fun nextPage(sortedIds: LongArray, afterId: Long, limit: Int): LongArray {
        var lo = 0
        var hi = sortedIds.size
        while (lo < hi) {
            val mid = (lo + hi) ushr 1
            if (sortedIds[mid] <= afterId) lo = mid + 1 else hi = mid
        }
        return sortedIds.copyOfRange(lo, minOf(sortedIds.size, lo + limit))
    }
}
