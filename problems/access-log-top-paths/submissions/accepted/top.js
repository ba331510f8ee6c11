var topPaths = function (lines, k) {
  const counts = new Map();
  for (const line of lines) {
    const path = line.split(' ')[1].split('?')[0];
    counts.set(path, (counts.get(path) || 0) + 1);
  }
  // Plain < comparison orders by UTF-16 code units, which equals character codes for ASCII.
  return [...counts.keys()]
    .sort((a, b) => counts.get(b) - counts.get(a) || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, k);
};
