import java.util.ArrayDeque

class Solution {
    // An explicit stack: deep degenerate trees would overflow a recursive solution's stack.
    fun invertTree(root: TreeNode?): TreeNode? {
        val stack = ArrayDeque<TreeNode>()
        if (root != null) stack.push(root)
        while (stack.isNotEmpty()) {
            val node = stack.pop()
            val tmp = node.left
            node.left = node.right
            node.right = tmp
            node.left?.let { stack.push(it) }
            node.right?.let { stack.push(it) }
        }
        return root
    }
}
