// Averages the two middle values with integer division, losing the .5.
class MedianFinder {
  constructor() {
    this.vals = [];
  }

  addNum(num) {
    let lo = 0;
    let hi = this.vals.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.vals[mid] < num) lo = mid + 1;
      else hi = mid;
    }
    this.vals.splice(lo, 0, num);
  }

  findMedian() {
    const n = this.vals.length;
    if (n % 2 === 1) return this.vals[n >> 1];
    return Math.trunc((this.vals[n / 2 - 1] + this.vals[n / 2]) / 2);
  }
}
