// Bug: a get does not refresh recency, so the cache evicts in insertion order (FIFO).
use std::collections::{HashMap, VecDeque};

struct LRUCache {
    capacity: usize,
    entries: HashMap<i32, i32>,
    order: VecDeque<i32>,
}

impl LRUCache {
    fn new(capacity: i32) -> Self {
        LRUCache { capacity: capacity as usize, entries: HashMap::new(), order: VecDeque::new() }
    }

    fn get(&self, key: i32) -> i32 {
        *self.entries.get(&key).unwrap_or(&-1)
    }

    fn put(&mut self, key: i32, value: i32) {
        if self.entries.insert(key, value).is_some() {
            self.order.retain(|&k| k != key);
        } else if self.entries.len() > self.capacity {
            let oldest = self.order.pop_front().unwrap();
            self.entries.remove(&oldest);
        }
        self.order.push_back(key);
    }
}
