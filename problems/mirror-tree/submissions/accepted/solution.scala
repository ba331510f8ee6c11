object Solution {
  // An explicit stack: deep degenerate trees would overflow a recursive solution's stack.
  def invertTree(root: TreeNode): TreeNode = {
    val stack = scala.collection.mutable.Stack[TreeNode]()
    if (root != null) stack.push(root)
    while (stack.nonEmpty) {
      val node = stack.pop()
      val tmp = node.left
      node.left = node.right
      node.right = tmp
      if (node.left != null) stack.push(node.left)
      if (node.right != null) stack.push(node.right)
    }
    root
  }
}
