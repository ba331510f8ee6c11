// Stops while the current node still has a successor, so the final node is never relinked.
var reverseList = function (head) {
  let prev = null;
  while (head && head.next) {
    const next = head.next;
    head.next = prev;
    prev = head;
    head = next;
  }
  return prev ?? head;
};
