object Solution {
  // LeetCode declares List[List[Int]]; Array[Array[Int]] works just as well here.
  def subsets(nums: Array[Int]): List[List[Int]] =
    (0 until (1 << nums.length)).toList.map(mask => nums.indices.filter(i => (mask >> i & 1) == 1).map(nums(_)).toList)
}
