class MinHeap<T> {
  private readonly items: T[] = [];
  constructor(private readonly less: (a: T, b: T) => boolean) {}

  get size(): number {
    return this.items.length;
  }

  push(x: T): void {
    const h = this.items;
    h.push(x);
    for (let i = h.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (!this.less(h[i], h[p])) break;
      [h[i], h[p]] = [h[p], h[i]];
      i = p;
    }
  }

  pop(): T {
    const h = this.items;
    const top = h[0];
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.less(h[l], h[m])) m = l;
        if (r < h.length && this.less(h[r], h[m])) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m], h[i]];
        i = m;
      }
    }
    return top;
  }
}

function migrationOrder(names: string[], deps: string[][]): string[] {
  const waiting = new Map<string, number>(names.map((n) => [n, 0]));
  const unblocks = new Map<string, string[]>(names.map((n) => [n, []]));
  for (const [a, b] of deps) {
    unblocks.get(b)!.push(a);
    waiting.set(a, waiting.get(a)! + 1);
  }
  const ready = new MinHeap<string>((a, b) => a < b);
  for (const n of names) if (waiting.get(n) === 0) ready.push(n);
  const order: string[] = [];
  while (ready.size > 0) {
    const n = ready.pop();
    order.push(n);
    for (const m of unblocks.get(n)!) {
      const w = waiting.get(m)! - 1;
      waiting.set(m, w);
      if (w === 0) ready.push(m);
    }
  }
  return order.length === names.length ? order : [];
}
