var isMatch = function (path, pattern) {
  // Greedy two pointers with backtracking to the most recent star only.
  const n = path.length, m = pattern.length;
  let i = 0, j = 0, star = -1, mark = 0;
  while (i < n) {
    if (j < m && (pattern[j] === '?' || pattern[j] === path[i])) {
      i++;
      j++;
    } else if (j < m && pattern[j] === '*') {
      star = j;
      mark = i;
      j++;
    } else if (star !== -1) {
      mark++;
      i = mark;
      j = star + 1;
    } else {
      return false;
    }
  }
  while (j < m && pattern[j] === '*') j++;
  return j === m;
};
