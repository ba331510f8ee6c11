// Stops at the first leaf it meets level by level, which measures the shallowest leaf instead.
class Solution {
    fun maxDepth(root: TreeNode?): Int {
        var level = listOfNotNull(root)
        var depth = 0
        while (level.isNotEmpty()) {
            depth++
            if (level.any { it.left == null && it.right == null }) return depth
            level = level.flatMap { listOfNotNull(it.left, it.right) }
        }
        return depth
    }
}
