// Bug: averages the two middle values with integer division, dropping the .5.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

struct MedianFinder {
    low: BinaryHeap<i32>,
    high: BinaryHeap<Reverse<i32>>,
}

impl MedianFinder {
    fn new() -> Self {
        MedianFinder { low: BinaryHeap::new(), high: BinaryHeap::new() }
    }

    fn add_num(&mut self, num: i32) {
        self.low.push(num);
        let top = self.low.pop().unwrap();
        self.high.push(Reverse(top));
        if self.high.len() > self.low.len() {
            let Reverse(x) = self.high.pop().unwrap();
            self.low.push(x);
        }
    }

    fn find_median(&self) -> f64 {
        let low = *self.low.peek().unwrap();
        if self.low.len() > self.high.len() {
            return low as f64;
        }
        ((low as i64 + self.high.peek().unwrap().0 as i64) / 2) as f64
    }
}
