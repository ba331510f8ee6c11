// Definition for a binary tree node.
// #[derive(Debug, PartialEq, Eq)]
// pub struct TreeNode {
//   pub val: i32,
//   pub left: Option<Rc<RefCell<TreeNode>>>,
//   pub right: Option<Rc<RefCell<TreeNode>>>,
// }
use std::cell::RefCell;
use std::rc::Rc;

impl Solution {
    pub fn max_depth(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
        // Level by level: a path-shaped tree of 10^5 nodes must not recurse.
        let mut level: Vec<Rc<RefCell<TreeNode>>> = root.into_iter().collect();
        let mut depth = 0;
        while !level.is_empty() {
            depth += 1;
            let mut next = Vec::new();
            for node in &level {
                let n = node.borrow();
                next.extend(n.left.clone());
                next.extend(n.right.clone());
            }
            level = next;
        }
        depth
    }
}
