var maxDepth = function (root) {
  let depth = 0;
  let level = root ? [root] : [];
  while (level.length > 0) {
    depth++;
    const next = [];
    for (const n of level) {
      if (n.left) next.push(n.left);
      if (n.right) next.push(n.right);
    }
    level = next;
  }
  return depth;
};
