use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

impl Solution {
    pub fn migration_order(names: Vec<String>, deps: Vec<Vec<String>>) -> Vec<String> {
        let mut waiting: HashMap<&str, usize> = names.iter().map(|n| (n.as_str(), 0)).collect();
        let mut unblocks: HashMap<&str, Vec<&str>> = HashMap::new();
        for d in &deps {
            unblocks.entry(d[1].as_str()).or_default().push(d[0].as_str());
            *waiting.get_mut(d[0].as_str()).unwrap() += 1;
        }
        let mut ready: BinaryHeap<Reverse<&str>> =
            names.iter().filter(|n| waiting[n.as_str()] == 0).map(|n| Reverse(n.as_str())).collect();
        let mut order = Vec::new();
        while let Some(Reverse(n)) = ready.pop() {
            order.push(n.to_string());
            for &m in unblocks.get(n).map(|v| v.as_slice()).unwrap_or(&[]) {
                let w = waiting.get_mut(m).unwrap();
                *w -= 1;
                if *w == 0 {
                    ready.push(Reverse(m));
                }
            }
        }
        if order.len() == names.len() { order } else { vec![] }
    }
}
