class Solution {
    fun climbStairs(n: Int): Long {
        var prev = 1L
        var cur = 1L
        repeat(n - 1) {
            val next = prev + cur
            prev = cur
            cur = next
        }
        return cur
    }
}
