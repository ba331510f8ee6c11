/**
 * Example:
 * var ti = TreeNode(5)
 * var v = ti.`val`
 * Definition for a binary tree node.
 * class TreeNode(var `val`: Int) {
 *     var left: TreeNode? = null
 *     var right: TreeNode? = null
 * }
 */
class Solution {
    // Level by level: deep degenerate trees would overflow a recursive solution's stack.
    fun maxDepth(root: TreeNode?): Int {
        var level = listOfNotNull(root)
        var depth = 0
        while (level.isNotEmpty()) {
            depth++
            level = level.flatMap { listOfNotNull(it.left, it.right) }
        }
        return depth
    }
}
