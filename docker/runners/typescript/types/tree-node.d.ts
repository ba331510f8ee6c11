// TreeNode as LeetCode's TypeScript starter shows it; the function harness defines it at run time.
declare class TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
  constructor(val?: number, left?: TreeNode | null, right?: TreeNode | null);
}
