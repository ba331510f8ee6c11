// Bug: a lower bound, so the anchor id itself is repeated at the top of the next page.
class Solution {
    fun nextPage(sortedIds: LongArray, afterId: Long, limit: Int): LongArray {
        var start = 0
        while (start < sortedIds.size && sortedIds[start] < afterId) start++
        return sortedIds.copyOfRange(start, minOf(sortedIds.size, start + limit))
    }
}
