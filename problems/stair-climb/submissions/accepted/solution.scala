object Solution {
  def climbStairs(n: Int): Long = {
    var prev = 1L
    var cur = 1L
    for (_ <- 1 until n) {
      val next = prev + cur
      prev = cur
      cur = next
    }
    cur
  }
}
