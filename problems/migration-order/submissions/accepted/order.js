var migrationOrder = function (names, deps) {
  const id = new Map(names.map((n, i) => [n, i]));
  const waiting = new Array(names.length).fill(0);
  const unblocks = names.map(() => []);
  for (const [a, b] of deps) {
    unblocks[id.get(b)].push(id.get(a));
    waiting[id.get(a)]++;
  }
  // Min-heap of indices ordered by name.
  const heap = [];
  const less = (x, y) => names[x] < names[y];
  const push = (x) => {
    heap.push(x);
    for (let i = heap.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (!less(heap[i], heap[p])) break;
      [heap[i], heap[p]] = [heap[p], heap[i]];
      i = p;
    }
  };
  const pop = () => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0) {
      heap[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && less(heap[l], heap[m])) m = l;
        if (r < heap.length && less(heap[r], heap[m])) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m], heap[i]];
        i = m;
      }
    }
    return top;
  };
  waiting.forEach((w, i) => {
    if (w === 0) push(i);
  });
  const order = [];
  while (heap.length > 0) {
    const n = pop();
    order.push(names[n]);
    for (const m of unblocks[n]) if (--waiting[m] === 0) push(m);
  }
  return order.length === names.length ? order : [];
};
