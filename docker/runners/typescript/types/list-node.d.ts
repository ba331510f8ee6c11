// ListNode as LeetCode's TypeScript starter shows it; the function harness defines it at run time.
declare class ListNode {
  val: number;
  next: ListNode | null;
  constructor(val?: number, next?: ListNode | null);
}
