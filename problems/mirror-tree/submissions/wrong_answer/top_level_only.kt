// Swaps the root's two subtrees but leaves everything below them untouched.
class Solution {
    fun invertTree(root: TreeNode?): TreeNode? {
        if (root != null) {
            val tmp = root.left
            root.left = root.right
            root.right = tmp
        }
        return root
    }
}
