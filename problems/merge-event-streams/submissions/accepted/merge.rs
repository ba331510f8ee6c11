use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn merge_streams(streams: Vec<Vec<i64>>) -> Vec<i64> {
        let total = streams.iter().map(|s| s.len()).sum();
        let mut heap: BinaryHeap<Reverse<(i64, usize, usize)>> = streams
            .iter()
            .enumerate()
            .filter(|(_, s)| !s.is_empty())
            .map(|(i, s)| Reverse((s[0], i, 0)))
            .collect();
        let mut out = Vec::with_capacity(total);
        while let Some(Reverse((v, s, p))) = heap.pop() {
            out.push(v);
            if p + 1 < streams[s].len() {
                heap.push(Reverse((streams[s][p + 1], s, p + 1)));
            }
        }
        out
    }
}
