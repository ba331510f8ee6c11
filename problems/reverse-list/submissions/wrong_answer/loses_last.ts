// Stops while the current node still has a successor, so the final node is never relinked.
function reverseList(head: ListNode | null): ListNode | null {
  let prev: ListNode | null = null;
  while (head && head.next) {
    const next: ListNode | null = head.next;
    head.next = prev;
    prev = head;
    head = next;
  }
  return prev ?? head;
}
