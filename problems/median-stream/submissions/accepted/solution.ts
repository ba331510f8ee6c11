class MinHeap {
  private a: number[] = [];
  get size(): number { return this.a.length; }
  top(): number { return this.a[0]; }
  push(x: number): void {
    const a = this.a;
    a.push(x);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (a[p] <= a[i]) break;
      [a[i], a[p]] = [a[p], a[i]];
      i = p;
    }
  }
  pop(): number {
    const a = this.a;
    const top = a[0];
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l] < a[m]) m = l;
        if (r < a.length && a[r] < a[m]) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m], a[i]];
        i = m;
      }
    }
    return top;
  }
}

class MedianFinder {
  private low = new MinHeap(); // negated values: the smaller half
  private high = new MinHeap();

  addNum(num: number): void {
    this.low.push(-num);
    this.high.push(-this.low.pop());
    if (this.high.size > this.low.size) this.low.push(-this.high.pop());
  }

  findMedian(): number {
    return this.low.size > this.high.size ? -this.low.top() : (this.high.top() - this.low.top()) / 2;
  }
}
