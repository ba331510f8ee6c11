// Forgets that brackets still open at the end make the string unbalanced.
var isValid = function (s) {
  const match = { ')': '(', ']': '[', '}': '{' };
  const stack = [];
  for (const ch of s) {
    if (ch in match) {
      if (stack.length === 0 || stack.pop() !== match[ch]) return false;
    } else {
      stack.push(ch);
    }
  }
  return true;
};
