// Bug: keeps timestamps in i32, which truncates epoch milliseconds.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn merge_streams(streams: Vec<Vec<i64>>) -> Vec<i64> {
        let mut heap: BinaryHeap<Reverse<(i32, usize, usize)>> = streams
            .iter()
            .enumerate()
            .filter(|(_, s)| !s.is_empty())
            .map(|(i, s)| Reverse((s[0] as i32, i, 0)))
            .collect();
        let mut out = Vec::new();
        while let Some(Reverse((v, s, p))) = heap.pop() {
            out.push(v as i64);
            if p + 1 < streams[s].len() {
                heap.push(Reverse((streams[s][p + 1] as i32, s, p + 1)));
            }
        }
        out
    }
}
