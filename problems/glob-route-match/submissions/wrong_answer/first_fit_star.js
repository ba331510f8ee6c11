// Greedy without backtracking: a star stops at the first place where the rest of the pattern
// starts to fit and is never revisited, so "*.js" rejects "/app.js.js".
var isMatch = function (path, pattern) {
  const n = path.length, m = pattern.length;
  let i = 0, j = 0;
  while (j < m) {
    const c = pattern[j];
    if (c === '*') {
      while (j < m && pattern[j] === '*') j++;
      if (j === m) return true;
      while (i < n && !(pattern[j] === '?' || pattern[j] === path[i])) i++;
      if (i === n) return false;
    } else {
      if (i === n || !(c === '?' || c === path[i])) return false;
      i++;
      j++;
    }
  }
  return i === n;
};
