function shortestWindow(events: string[], required: string[]): number[] {
  // Name -> id, then counters in a typed array.
  const ids = new Map<string, number>();
  const need: number[] = [];
  for (const r of required) {
    let id = ids.get(r);
    if (id === undefined) { id = need.length; ids.set(r, id); need.push(0); }
    need[id]++;
  }
  const n = events.length;
  const ev = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    const id = ids.get(events[j]);
    ev[j] = id === undefined ? -1 : id;
  }
  let missing = required.length, bestLen = n + 1, bi = -1, bj = -1, i = 0;
  for (let j = 0; j < n; j++) {
    const e = ev[j];
    if (e < 0) continue;
    if (need[e]-- > 0) missing--;
    while (missing === 0) {
      if (j - i + 1 < bestLen) { bestLen = j - i + 1; bi = i; bj = j; }
      const s = ev[i++];
      if (s >= 0 && ++need[s] > 0) missing++;
    }
  }
  return [bi, bj];
}
