class Solution {
    fun processRequests(ids: Array<String>, timestamps: LongArray, ttlMs: Long): BooleanArray {
        val processedAt = HashMap<String, Long>()
        return BooleanArray(ids.size) { i ->
            val last = processedAt[ids[i]]
            if (last != null && timestamps[i] - last < ttlMs) {
                false
            } else {
                processedAt[ids[i]] = timestamps[i]
                true
            }
        }
    }
}
