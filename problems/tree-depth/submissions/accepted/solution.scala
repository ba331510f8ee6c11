/**
 * Definition for a binary tree node.
 * class TreeNode(_value: Int = 0, _left: TreeNode = null, _right: TreeNode = null) {
 *   var value: Int = _value
 *   var left: TreeNode = _left
 *   var right: TreeNode = _right
 * }
 */
object Solution {
  // Level by level: deep degenerate trees would overflow a recursive solution's stack.
  def maxDepth(root: TreeNode): Int = {
    var level = List(root).filter(_ != null)
    var depth = 0
    while (level.nonEmpty) {
      depth += 1
      level = level.flatMap(n => List(n.left, n.right)).filter(_ != null)
    }
    depth
  }
}
