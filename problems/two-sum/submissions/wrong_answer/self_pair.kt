// Indexes every value first, then looks up complements: pairs an entry with itself when 2*x == target.
class Solution {
    fun twoSum(nums: IntArray, target: Int): IntArray {
        val index = HashMap<Int, Int>()
        for ((i, x) in nums.withIndex()) index[x] = i
        for ((i, x) in nums.withIndex()) {
            index[target - x]?.let { return intArrayOf(i, it) }
        }
        return intArrayOf()
    }
}
