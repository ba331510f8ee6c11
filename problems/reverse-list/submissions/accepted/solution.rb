# Definition for singly-linked list.
# class ListNode
#     attr_accessor :val, :next
#     def initialize(val = 0, _next = nil)
#         @val = val
#         @next = _next
#     end
# end
# Relinks each node to its predecessor in one pass.
# @param {ListNode} head
# @return {ListNode}
def reverse_list(head)
  prev = nil
  head.next, prev, head = prev, head, head.next while head
  prev
end
