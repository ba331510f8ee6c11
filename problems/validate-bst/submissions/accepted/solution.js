var isValidBST = function (root) {
  const stack = [[root, -Infinity, Infinity]];
  while (stack.length > 0) {
    const [node, lo, hi] = stack.pop();
    if (node === null) continue;
    if (node.val <= lo || node.val >= hi) return false;
    stack.push([node.left, lo, node.val], [node.right, node.val, hi]);
  }
  return true;
};
