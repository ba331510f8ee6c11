// Indexes every value first, then looks up complements: pairs an entry with itself when 2*x == target.
use std::collections::HashMap;

impl Solution {
    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {
        let index: HashMap<i32, i32> = nums.iter().enumerate().map(|(i, &x)| (x, i as i32)).collect();
        for (i, &x) in nums.iter().enumerate() {
            if let Some(&j) = index.get(&(target - x)) {
                return vec![i as i32, j];
            }
        }
        vec![]
    }
}
