// Bug: every request, duplicates included, refreshes the key's window.
class Solution {
    fun processRequests(ids: Array<String>, timestamps: LongArray, ttlMs: Long): BooleanArray {
        val seen = HashMap<String, Long>()
        return BooleanArray(ids.size) { i ->
            val last = seen[ids[i]]
            seen[ids[i]] = timestamps[i]
            !(last != null && timestamps[i] - last < ttlMs)
        }
    }
}
