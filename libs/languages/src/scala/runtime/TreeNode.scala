// LeetCode's Scala TreeNode, and its conversions from and to level-order JSON arrays. Shipped only
// to problems whose signature mentions TreeNode, so a candidate may define their own elsewhere.
class TreeNode(_value: Int = 0, _left: TreeNode = null, _right: TreeNode = null) {
  var value: Int = _value
  var left: TreeNode = _left
  var right: TreeNode = _right
}

object TryoutTreeNode {
  def from(v: Any): TreeNode = {
    if (v == null) return null
    val l = TryoutJson.list(v)
    if (l.isEmpty || l(0) == null) return null
    val root = new TreeNode(TryoutJson.toInt(l(0)))
    val queue = new java.util.ArrayDeque[TreeNode]
    queue.add(root)
    var k = 1
    while (k < l.length) {
      val node = queue.poll()
      if (l(k) != null) { node.left = new TreeNode(TryoutJson.toInt(l(k))); queue.add(node.left) }
      k += 1
      if (k < l.length && l(k) != null) { node.right = new TreeNode(TryoutJson.toInt(l(k))); queue.add(node.right) }
      k += 1
    }
    root
  }

  def toList(root: TreeNode): Vector[Any] = {
    if (root == null) return Vector.empty
    val out = scala.collection.mutable.ArrayBuffer[Any]()
    val seen = TryoutJson.identitySet[TreeNode]()
    val queue = scala.collection.mutable.ArrayBuffer[TreeNode](root)
    var k = 0
    while (k < queue.length) {
      val node = queue(k)
      k += 1
      if (node == null) out += null
      else {
        if (!seen.add(node)) throw new IllegalStateException("Found a cycle or a shared node in the TreeNode")
        out += node.value
        queue += node.left
        queue += node.right
      }
    }
    while (out.nonEmpty && out.last == null) out.remove(out.length - 1)
    out.toVector
  }
}
