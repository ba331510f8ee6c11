// LeetCode's Scala ListNode, and its conversions from and to JSON arrays. Shipped only to problems
// whose signature mentions ListNode, so a candidate may define their own elsewhere.
class ListNode(_x: Int = 0, _next: ListNode = null) {
  var next: ListNode = _next
  var x: Int = _x
}

object TryoutListNode {
  def from(v: Any): ListNode = {
    if (v == null) return null
    TryoutJson.list(v).reverseIterator.foldLeft(null: ListNode)((next, x) => new ListNode(TryoutJson.toInt(x), next))
  }

  def toList(head: ListNode): Vector[Int] = {
    val out = Vector.newBuilder[Int]
    val seen = TryoutJson.identitySet[ListNode]()
    var node = head
    while (node != null) {
      if (!seen.add(node)) throw new IllegalStateException("Found cycle in the ListNode")
      out += node.x
      node = node.next
    }
    out.result()
  }
}
