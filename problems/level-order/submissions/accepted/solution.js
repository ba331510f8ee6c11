var levelOrder = function (root) {
  const out = [];
  let level = root ? [root] : [];
  while (level.length > 0) {
    out.push(level.map((n) => n.val));
    const next = [];
    for (const n of level) {
      if (n.left) next.push(n.left);
      if (n.right) next.push(n.right);
    }
    level = next;
  }
  return out;
};
