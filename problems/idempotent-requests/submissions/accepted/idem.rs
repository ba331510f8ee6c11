use std::collections::HashMap;

impl Solution {
    pub fn process_requests(ids: Vec<String>, timestamps: Vec<i64>, ttl_ms: i64) -> Vec<bool> {
        let mut processed_at: HashMap<&str, i64> = HashMap::new();
        ids.iter()
            .zip(&timestamps)
            .map(|(id, &t)| match processed_at.get(id.as_str()) {
                Some(&last) if t - last < ttl_ms => false,
                _ => {
                    processed_at.insert(id, t);
                    true
                }
            })
            .collect()
    }
}
