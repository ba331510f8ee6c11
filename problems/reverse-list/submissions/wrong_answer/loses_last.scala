// Stops while the current node still has a successor, so the final node is never relinked.
object Solution {
  def reverseList(head: ListNode): ListNode = {
    var prev: ListNode = null
    var node = head
    while (node != null && node.next != null) {
      val next = node.next
      node.next = prev
      prev = node
      node = next
    }
    if (prev != null) prev else node
  }
}
