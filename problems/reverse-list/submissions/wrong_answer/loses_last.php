// Stops while the current node still has a successor, so the final node is never relinked.
class Solution {

    /**
     * @param ListNode $head
     * @return ListNode
     */
    function reverseList($head) {
        $prev = null;
        while ($head !== null && $head->next !== null) {
            $next = $head->next;
            $head->next = $prev;
            $prev = $head;
            $head = $next;
        }
        return $prev ?? $head;
    }
}
