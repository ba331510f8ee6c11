// Binary min-heap of [value, stream, index].
var mergeStreams = function (streams) {
  const heap = [];
  const less = (a, b) => a[0] < b[0];
  const push = (x) => {
    heap.push(x);
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!less(heap[i], heap[p])) break;
      [heap[i], heap[p]] = [heap[p], heap[i]];
      i = p;
    }
  };
  const siftDown = (i) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && less(heap[l], heap[m])) m = l;
      if (r < heap.length && less(heap[r], heap[m])) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m], heap[i]];
      i = m;
    }
  };
  streams.forEach((s, i) => {
    if (s.length) push([s[0], i, 0]);
  });
  const out = [];
  while (heap.length) {
    const [value, i, j] = heap[0];
    out.push(value);
    if (j + 1 < streams[i].length) {
      heap[0] = [streams[i][j + 1], i, j + 1];
    } else {
      const last = heap.pop();
      if (heap.length === 0) break;
      heap[0] = last;
    }
    siftDown(0);
  }
  return out;
};
