function isMatch(path: string, pattern: string): boolean {
  // One DP row per pattern character; row[i] = the pattern prefix matches path.slice(0, i).
  const n = path.length;
  let prev = new Uint8Array(n + 1);
  let cur = new Uint8Array(n + 1);
  prev[0] = 1;
  for (const c of pattern) {
    if (c === '*') {
      let seen = 0;
      for (let i = 0; i <= n; i++) {
        seen |= prev[i];
        cur[i] = seen;
      }
    } else {
      cur[0] = 0;
      for (let i = 1; i <= n; i++) {
        cur[i] = prev[i - 1] && (c === '?' || c === path[i - 1]) ? 1 : 0;
      }
    }
    [prev, cur] = [cur, prev];
  }
  return prev[n] === 1;
}
