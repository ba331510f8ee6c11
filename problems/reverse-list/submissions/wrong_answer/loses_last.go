// Stops while the current node still has a successor, so the final node is never relinked.
func reverseList(head *ListNode) *ListNode {
	var prev *ListNode
	for head != nil && head.Next != nil {
		next := head.Next
		head.Next = prev
		prev = head
		head = next
	}
	if prev != nil {
		return prev
	}
	return head
}
