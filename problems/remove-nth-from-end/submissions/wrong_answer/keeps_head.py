# Without a dummy node: when the head itself must go, it returns the list unchanged.
class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        lead = trail = head
        for _ in range(n):
            lead = lead.next
        if lead is None:
            return head
        while lead.next:
            lead = lead.next
            trail = trail.next
        trail.next = trail.next.next
        return head
