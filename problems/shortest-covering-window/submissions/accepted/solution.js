var shortestWindow = function (events, required) {
  const need = new Map();
  for (const r of required) need.set(r, (need.get(r) || 0) + 1);
  let missing = required.length, bestLen = events.length + 1, bi = -1, bj = -1, i = 0;
  for (let j = 0; j < events.length; j++) {
    const c = need.get(events[j]);
    if (c === undefined) continue;
    if (c > 0) missing--;
    need.set(events[j], c - 1);
    while (missing === 0) {
      if (j - i + 1 < bestLen) { bestLen = j - i + 1; bi = i; bj = j; }
      const s = events[i++];
      const d = need.get(s);
      if (d !== undefined) {
        need.set(s, d + 1);
        if (d + 1 > 0) missing++;
      }
    }
  }
  return [bi, bj];
};
