// Swaps the root's two subtrees but leaves everything below them untouched.
object Solution {
  def invertTree(root: TreeNode): TreeNode = {
    if (root != null) {
      val tmp = root.left
      root.left = root.right
      root.right = tmp
    }
    root
  }
}
