use std::collections::{BTreeMap, HashMap};

/// Each key carries the tick of its last use; the BTreeMap orders keys by that tick.
struct LRUCache {
    capacity: usize,
    tick: u64,
    entries: HashMap<i32, (i32, u64)>,
    by_use: BTreeMap<u64, i32>,
}

impl LRUCache {
    fn new(capacity: i32) -> Self {
        LRUCache { capacity: capacity as usize, tick: 0, entries: HashMap::new(), by_use: BTreeMap::new() }
    }

    fn touch(&mut self, key: i32) -> Option<i32> {
        self.tick += 1;
        let tick = self.tick;
        let entry = self.entries.get_mut(&key)?;
        self.by_use.remove(&entry.1);
        entry.1 = tick;
        self.by_use.insert(tick, key);
        Some(entry.0)
    }

    fn get(&mut self, key: i32) -> i32 {
        self.touch(key).unwrap_or(-1)
    }

    fn put(&mut self, key: i32, value: i32) {
        if self.touch(key).is_some() {
            self.entries.get_mut(&key).unwrap().0 = value;
            return;
        }
        if self.entries.len() >= self.capacity {
            let (&oldest, &evicted) = self.by_use.iter().next().unwrap();
            self.by_use.remove(&oldest);
            self.entries.remove(&evicted);
        }
        self.entries.insert(key, (value, self.tick));
        self.by_use.insert(self.tick, key);
    }
}
