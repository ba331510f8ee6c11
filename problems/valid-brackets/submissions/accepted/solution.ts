function isValid(s: string): boolean {
  const match: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  const stack: string[] = [];
  for (const ch of s) {
    const open = match[ch];
    if (open !== undefined) {
      if (stack.pop() !== open) return false;
    } else {
      stack.push(ch);
    }
  }
  return stack.length === 0;
}
