// Forgets the empty subset.
object Solution {
  def subsets(nums: Array[Int]): Array[Array[Int]] =
    nums.foldLeft(Vector.empty[Array[Int]])((out, x) => out ++ out.map(_ :+ x) :+ Array(x)).toArray
}
