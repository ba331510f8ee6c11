# Stops while the current node still has a successor, so the final node is never relinked.
# @param {ListNode} head
# @return {ListNode}
def reverse_list(head)
  prev = nil
  head.next, prev, head = prev, head, head.next while head&.next
  prev || head
end
