class Solution {
    // LeetCode declares List<List<Int>>; Array<IntArray> works just as well here.
    fun subsets(nums: IntArray): List<List<Int>> =
        (0 until (1 shl nums.size)).map { mask -> nums.filterIndexed { i, _ -> mask shr i and 1 == 1 } }
}
