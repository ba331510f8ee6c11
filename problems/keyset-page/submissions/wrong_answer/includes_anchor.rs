// Bug: starts at the anchor itself (`<` instead of `<=`), so the last row of the previous page repeats.
impl Solution {
    pub fn next_page(sorted_ids: Vec<i64>, after_id: i64, limit: i32) -> Vec<i64> {
        let start = sorted_ids.partition_point(|&id| id < after_id);
        let end = sorted_ids.len().min(start + limit as usize);
        sorted_ids[start..end].to_vec()
    }
}
