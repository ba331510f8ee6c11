// Stops while the current node still has a successor, so the final node is never relinked.
class Solution {
public:
    ListNode* reverseList(ListNode* head) {
        ListNode* prev = nullptr;
        while (head && head->next) {
            ListNode* next = head->next;
            head->next = prev;
            prev = head;
            head = next;
        }
        return prev ? prev : head;
    }
};
