// Stops at the first leaf it meets level by level, which measures the shallowest leaf instead.
object Solution {
  def maxDepth(root: TreeNode): Int = {
    var level = List(root).filter(_ != null)
    var depth = 0
    while (level.nonEmpty) {
      depth += 1
      if (level.exists(n => n.left == null && n.right == null)) return depth
      level = level.flatMap(n => List(n.left, n.right)).filter(_ != null)
    }
    depth
  }
}
