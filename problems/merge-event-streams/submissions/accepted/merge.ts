function mergeStreams(streams: number[][]): number[] {
  // Min-heap of stream indices keyed by each stream's current head.
  const pos = new Array<number>(streams.length).fill(0);
  const heap: number[] = [];
  const key = (s: number): number => streams[s][pos[s]];
  const swap = (a: number, b: number): void => {
    const t = heap[a];
    heap[a] = heap[b];
    heap[b] = t;
  };
  const siftDown = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && key(heap[l]) < key(heap[m])) m = l;
      if (r < heap.length && key(heap[r]) < key(heap[m])) m = r;
      if (m === i) return;
      swap(i, m);
      i = m;
    }
  };
  streams.forEach((s, i) => {
    if (s.length > 0) heap.push(i);
  });
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftDown(i);
  const out: number[] = [];
  while (heap.length > 0) {
    const s = heap[0];
    out.push(key(s));
    pos[s]++;
    if (pos[s] === streams[s].length) {
      const last = heap.pop()!;
      if (heap.length === 0) break;
      heap[0] = last;
    }
    siftDown(0);
  }
  return out;
}
