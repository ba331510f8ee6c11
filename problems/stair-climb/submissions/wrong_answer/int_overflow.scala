// Counts in a 32-bit Int, which overflows from n = 46 on.
object Solution {
  def climbStairs(n: Int): Long = {
    var prev = 1
    var cur = 1
    for (_ <- 1 until n) {
      val next = prev + cur
      prev = cur
      cur = next
    }
    cur
  }
}
