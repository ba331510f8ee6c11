// Stops while the current node still has a successor, so the final node is never relinked.
impl Solution {
    pub fn reverse_list(head: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut head = head;
        let mut prev = None;
        while head.as_ref().map_or(false, |n| n.next.is_some()) {
            let mut node = head.unwrap();
            head = node.next.take();
            node.next = prev;
            prev = Some(node);
        }
        if prev.is_some() { prev } else { head }
    }
}
