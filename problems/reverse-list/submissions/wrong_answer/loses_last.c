// Stops while the current node still has a successor, so the final node is never relinked.
struct ListNode* reverseList(struct ListNode* head) {
    struct ListNode* prev = NULL;
    while (head && head->next) {
        struct ListNode* next = head->next;
        head->next = prev;
        prev = head;
        head = next;
    }
    return prev ? prev : head;
}
