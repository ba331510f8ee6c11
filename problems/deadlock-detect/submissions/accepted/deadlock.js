var hasDeadlock = function (waitsFor) {
  const id = new Map();
  const idOf = (name) => {
    if (!id.has(name)) id.set(name, id.size);
    return id.get(name);
  };
  const edges = waitsFor.map(([a, b]) => [idOf(a), idOf(b)]);
  const n = id.size;
  const indeg = new Array(n).fill(0);
  const out = Array.from({ length: n }, () => []);
  for (const [a, b] of edges) {
    out[a].push(b);
    indeg[b]++;
  }
  const queue = [];
  for (let i = 0; i < n; i++) if (indeg[i] === 0) queue.push(i);
  for (let head = 0; head < queue.length; head++) {
    for (const m of out[queue[head]]) if (--indeg[m] === 0) queue.push(m);
  }
  return queue.length < n;
};
