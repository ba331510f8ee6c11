// Forgets the empty subset.
class Solution {
    fun subsets(nums: IntArray): Array<IntArray> {
        val out = mutableListOf<IntArray>()
        for (x in nums) {
            val grown = out.map { it + x }
            out.addAll(grown)
            out.add(intArrayOf(x))
        }
        return out.toTypedArray()
    }
}
